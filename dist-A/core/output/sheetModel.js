"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=sheetModel.js.map