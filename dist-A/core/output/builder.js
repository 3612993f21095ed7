"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SheetBuilder = void 0;
/** Appends rows and remembers their styles, merges and links: the sheets read top to bottom. */
class SheetBuilder {
    width;
    rows = [];
    styles = [];
    merges = [];
    links = [];
    constructor(width) {
        this.width = width;
    }
    get next() {
        return this.rows.length;
    }
    /** Adds a row; `style` covers its full width. Returns its 0-based index. */
    row(values, style) {
        const r = this.rows.length;
        this.rows.push(values);
        if (style)
            this.styles.push({ top: r, bottom: r, left: 0, right: this.width - 1, style });
        return r;
    }
    /** A single text spanning the full width (titles, section heads). */
    banner(text, style, from = 0, to = this.width - 1) {
        const values = [];
        values[from] = text;
        const r = this.row(values);
        if (to > from)
            this.merges.push({ top: r, bottom: r, left: from, right: to });
        this.styles.push({ top: r, bottom: r, left: from, right: to, style });
        return r;
    }
    blank() {
        return this.row([]);
    }
    style(top, left, bottom, right, style) {
        if (bottom >= top && right >= left)
            this.styles.push({ top, left, bottom, right, style });
    }
    merge(top, left, bottom, right) {
        this.merges.push({ top, left, bottom, right });
    }
    link(row, col, sheet, cell) {
        this.links.push({ row, col, sheet, cell });
    }
    build(rest) {
        return { ...rest, rows: this.rows, styles: this.styles, merges: this.merges, links: this.links };
    }
}
exports.SheetBuilder = SheetBuilder;
//# sourceMappingURL=builder.js.map