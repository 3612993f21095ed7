"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = void 0;
/** The product's version, written to Nhật ký; package.json and manifest.xml say the same (a test checks). */
exports.VERSION = '0.2.0';
//# sourceMappingURL=version.js.map