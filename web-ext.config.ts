import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser; the project drives browsers only from its tests.
export default defineWebExtConfig({ disabled: true });
