export const id = 426;
export const ids = [426];
export const modules = {

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS: () => (/* binding */ DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS),
/* harmony export */   DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   DEFAULT_RETRIES: () => (/* binding */ DEFAULT_RETRIES),
/* harmony export */   GITHUB_API_VERSION: () => (/* binding */ GITHUB_API_VERSION),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _tool_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4260);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2823);





const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 2;
/** Below the request timeout: the timeout covers the wait and the request tried again. */
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 20;
/** The REST API version the requests are written for, as GitHub asks clients to pin it. */
const GITHUB_API_VERSION = '2022-11-28';
const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';
/** Nothing is sent until a sink makes a request. */
function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    // One wait, and only a short one: a job that sleeps until the hourly budget resets helps nobody.
    const waitOnce = (retryAfterSeconds, _request, _octokit, retryCount) => retryCount < 1 && retryAfterSeconds <= maxWait;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `${_tool_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.name}/${_tool_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.version}`,
        retry: { retries: options.retries ?? DEFAULT_RETRIES },
        throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
        log: _action_log_js__WEBPACK_IMPORTED_MODULE_2__/* .octokitLog */ .GU,
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // Set per request rather than in the constructor: a constructor `request` option would replace
    // @actions/github's proxy-aware fetch. A `before` hook, because only the options object it is given
    // reaches the inner hooks (authentication) and the fetch.
    client.hook.before('request', (requestOptions) => {
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
        requestOptions.headers = { ...requestOptions.headers, accept: GITHUB_MEDIA_TYPE, 'x-github-api-version': GITHUB_API_VERSION };
    });
    return client;
}


/***/ })

};
