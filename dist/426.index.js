export const id = 426;
export const ids = [426];
export const modules = {

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _tool_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4260);


const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Nothing is sent until a sink makes a request. */
function createGitHubClient(options) {
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `${_tool_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.name}/${_tool_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.version}`,
    });
    const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // Set per request rather than in the constructor: a constructor `request` option would replace
    // @actions/github's proxy-aware fetch. A `before` hook, because only the options object it is given
    // reaches the inner hooks (authentication) and the fetch.
    client.hook.before('request', (requestOptions) => {
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
    });
    return client;
}


/***/ })

};
