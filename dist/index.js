import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  770: (
    /***/
    ((module, __unused_webpack_exports, __nccwpck_require__2) => {
      module.exports = __nccwpck_require__2(218);
    })
  ),
  /***/
  218: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var __webpack_unused_export__, net = __nccwpck_require__2(278), tls = __nccwpck_require__2(756), http = __nccwpck_require__2(611), https = __nccwpck_require__2(692), events = __nccwpck_require__2(434), assert = __nccwpck_require__2(613), util2 = __nccwpck_require__2(23);
      exports.httpOverHttp = httpOverHttp, exports.httpsOverHttp = httpsOverHttp, exports.httpOverHttps = httpOverHttps, exports.httpsOverHttps = httpsOverHttps;
      function httpOverHttp(options) {
        var agent = new TunnelingAgent(options);
        return agent.request = http.request, agent;
      }
      function httpsOverHttp(options) {
        var agent = new TunnelingAgent(options);
        return agent.request = http.request, agent.createSocket = createSecureSocket, agent.defaultPort = 443, agent;
      }
      function httpOverHttps(options) {
        var agent = new TunnelingAgent(options);
        return agent.request = https.request, agent;
      }
      function httpsOverHttps(options) {
        var agent = new TunnelingAgent(options);
        return agent.request = https.request, agent.createSocket = createSecureSocket, agent.defaultPort = 443, agent;
      }
      function TunnelingAgent(options) {
        var self2 = this;
        self2.options = options || {}, self2.proxyOptions = self2.options.proxy || {}, self2.maxSockets = self2.options.maxSockets || http.Agent.defaultMaxSockets, self2.requests = [], self2.sockets = [], self2.on("free", function(socket, host, port, localAddress) {
          for (var options2 = toOptions(host, port, localAddress), i = 0, len = self2.requests.length; i < len; ++i) {
            var pending = self2.requests[i];
            if (pending.host === options2.host && pending.port === options2.port) {
              self2.requests.splice(i, 1), pending.request.onSocket(socket);
              return;
            }
          }
          socket.destroy(), self2.removeSocket(socket);
        });
      }
      util2.inherits(TunnelingAgent, events.EventEmitter), TunnelingAgent.prototype.addRequest = function(req, host, port, localAddress) {
        var self2 = this, options = mergeOptions({ request: req }, self2.options, toOptions(host, port, localAddress));
        if (self2.sockets.length >= this.maxSockets) {
          self2.requests.push(options);
          return;
        }
        self2.createSocket(options, function(socket) {
          socket.on("free", onFree), socket.on("close", onCloseOrRemove), socket.on("agentRemove", onCloseOrRemove), req.onSocket(socket);
          function onFree() {
            self2.emit("free", socket, options);
          }
          function onCloseOrRemove(err) {
            self2.removeSocket(socket), socket.removeListener("free", onFree), socket.removeListener("close", onCloseOrRemove), socket.removeListener("agentRemove", onCloseOrRemove);
          }
        });
      }, TunnelingAgent.prototype.createSocket = function(options, cb) {
        var self2 = this, placeholder = {};
        self2.sockets.push(placeholder);
        var connectOptions = mergeOptions({}, self2.proxyOptions, {
          method: "CONNECT",
          path: options.host + ":" + options.port,
          agent: !1,
          headers: {
            host: options.host + ":" + options.port
          }
        });
        options.localAddress && (connectOptions.localAddress = options.localAddress), connectOptions.proxyAuth && (connectOptions.headers = connectOptions.headers || {}, connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64")), debug2("making CONNECT request");
        var connectReq = self2.request(connectOptions);
        connectReq.useChunkedEncodingByDefault = !1, connectReq.once("response", onResponse), connectReq.once("upgrade", onUpgrade), connectReq.once("connect", onConnect), connectReq.once("error", onError), connectReq.end();
        function onResponse(res) {
          res.upgrade = !0;
        }
        function onUpgrade(res, socket, head) {
          process.nextTick(function() {
            onConnect(res, socket, head);
          });
        }
        function onConnect(res, socket, head) {
          if (connectReq.removeAllListeners(), socket.removeAllListeners(), res.statusCode !== 200) {
            debug2(
              "tunneling socket could not be established, statusCode=%d",
              res.statusCode
            ), socket.destroy();
            var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
            error2.code = "ECONNRESET", options.request.emit("error", error2), self2.removeSocket(placeholder);
            return;
          }
          if (head.length > 0) {
            debug2("got illegal response body from proxy"), socket.destroy();
            var error2 = new Error("got illegal response body from proxy");
            error2.code = "ECONNRESET", options.request.emit("error", error2), self2.removeSocket(placeholder);
            return;
          }
          return debug2("tunneling connection has established"), self2.sockets[self2.sockets.indexOf(placeholder)] = socket, cb(socket);
        }
        function onError(cause) {
          connectReq.removeAllListeners(), debug2(
            `tunneling socket could not be established, cause=%s
`,
            cause.message,
            cause.stack
          );
          var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
          error2.code = "ECONNRESET", options.request.emit("error", error2), self2.removeSocket(placeholder);
        }
      }, TunnelingAgent.prototype.removeSocket = function(socket) {
        var pos = this.sockets.indexOf(socket);
        if (pos !== -1) {
          this.sockets.splice(pos, 1);
          var pending = this.requests.shift();
          pending && this.createSocket(pending, function(socket2) {
            pending.request.onSocket(socket2);
          });
        }
      };
      function createSecureSocket(options, cb) {
        var self2 = this;
        TunnelingAgent.prototype.createSocket.call(self2, options, function(socket) {
          var hostHeader = options.request.getHeader("host"), tlsOptions = mergeOptions({}, self2.options, {
            socket,
            servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
          }), secureSocket = tls.connect(0, tlsOptions);
          self2.sockets[self2.sockets.indexOf(socket)] = secureSocket, cb(secureSocket);
        });
      }
      function toOptions(host, port, localAddress) {
        return typeof host == "string" ? {
          host,
          port,
          localAddress
        } : host;
      }
      function mergeOptions(target) {
        for (var i = 1, len = arguments.length; i < len; ++i) {
          var overrides = arguments[i];
          if (typeof overrides == "object")
            for (var keys = Object.keys(overrides), j = 0, keyLen = keys.length; j < keyLen; ++j) {
              var k = keys[j];
              overrides[k] !== void 0 && (target[k] = overrides[k]);
            }
        }
        return target;
      }
      var debug2;
      process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        typeof args[0] == "string" ? args[0] = "TUNNEL: " + args[0] : args.unshift("TUNNEL:"), console.error.apply(console, args);
      } : debug2 = function() {
      }, __webpack_unused_export__ = debug2;
    })
  ),
  /***/
  613: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    })
  ),
  /***/
  434: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    })
  ),
  /***/
  611: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    })
  ),
  /***/
  692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    })
  ),
  /***/
  278: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    })
  ),
  /***/
  756: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    })
  ),
  /***/
  23: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    })
  )
  /******/
}, __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0)
    return cachedModule.exports;
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  }, threw = !0;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__), threw = !1;
  } finally {
    threw && delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
typeof __nccwpck_require__ < "u" && (__nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/");
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__, leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1 && (value = this(value)), mode & 8 || typeof value == "object" && value && (mode & 4 && value.__esModule || mode & 16 && typeof value.then == "function"))
      return value;
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current))
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    return def.default = () => value, __nccwpck_require__.d(ns, def), ns;
  };
})();
__nccwpck_require__.d = (exports, definition) => {
  for (var key in definition)
    __nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key) && Object.defineProperty(exports, key, { enumerable: !0, get: definition[key] });
};
__nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
__nccwpck_require__.r = (exports) => {
  typeof Symbol < "u" && Symbol.toStringTag && Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(exports, "__esModule", { value: !0 });
};
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
function utils_toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function utils_toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}
function command_issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = "") {
  command_issueCommand(name, {}, message);
}
const CMD_STRING = "::";
class Command {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (const key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
}
function escapeData(s) {
  return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto"), external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
function file_command_issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!external_fs_namespaceObject.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
    encoding: "utf8"
  });
}
function file_command_prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`, convertedValue = utils_toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
var external_http_ = __nccwpck_require__(611), external_http_namespaceObject = /* @__PURE__ */ __nccwpck_require__.t(external_http_, 2), external_https_ = __nccwpck_require__(692), external_https_namespaceObject = /* @__PURE__ */ __nccwpck_require__.t(external_https_, 2);
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl))
    return;
  const proxyVar = usingSsl ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (proxyVar)
    try {
      return new DecodedURL(proxyVar);
    } catch {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  else
    return;
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname)
    return !1;
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost))
    return !0;
  const noProxy = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!noProxy)
    return !1;
  let reqPort;
  reqUrl.port ? reqPort = Number(reqUrl.port) : reqUrl.protocol === "http:" ? reqPort = 80 : reqUrl.protocol === "https:" && (reqPort = 443);
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  typeof reqPort == "number" && upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x))
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`)))
      return !0;
  return !1;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
class DecodedURL extends URL {
  constructor(url, base) {
    super(url, base), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
}
var tunnel = __nccwpck_require__(770);
class ProxyAgent {
  constructor() {
    throw new Error("undici is not bundled with this action (getAgentDispatcher is not supported)");
  }
}
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2.OK = 200] = "OK", HttpCodes2[HttpCodes2.MultipleChoices = 300] = "MultipleChoices", HttpCodes2[HttpCodes2.MovedPermanently = 301] = "MovedPermanently", HttpCodes2[HttpCodes2.ResourceMoved = 302] = "ResourceMoved", HttpCodes2[HttpCodes2.SeeOther = 303] = "SeeOther", HttpCodes2[HttpCodes2.NotModified = 304] = "NotModified", HttpCodes2[HttpCodes2.UseProxy = 305] = "UseProxy", HttpCodes2[HttpCodes2.SwitchProxy = 306] = "SwitchProxy", HttpCodes2[HttpCodes2.TemporaryRedirect = 307] = "TemporaryRedirect", HttpCodes2[HttpCodes2.PermanentRedirect = 308] = "PermanentRedirect", HttpCodes2[HttpCodes2.BadRequest = 400] = "BadRequest", HttpCodes2[HttpCodes2.Unauthorized = 401] = "Unauthorized", HttpCodes2[HttpCodes2.PaymentRequired = 402] = "PaymentRequired", HttpCodes2[HttpCodes2.Forbidden = 403] = "Forbidden", HttpCodes2[HttpCodes2.NotFound = 404] = "NotFound", HttpCodes2[HttpCodes2.MethodNotAllowed = 405] = "MethodNotAllowed", HttpCodes2[HttpCodes2.NotAcceptable = 406] = "NotAcceptable", HttpCodes2[HttpCodes2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", HttpCodes2[HttpCodes2.RequestTimeout = 408] = "RequestTimeout", HttpCodes2[HttpCodes2.Conflict = 409] = "Conflict", HttpCodes2[HttpCodes2.Gone = 410] = "Gone", HttpCodes2[HttpCodes2.TooManyRequests = 429] = "TooManyRequests", HttpCodes2[HttpCodes2.InternalServerError = 500] = "InternalServerError", HttpCodes2[HttpCodes2.NotImplemented = 501] = "NotImplemented", HttpCodes2[HttpCodes2.BadGateway = 502] = "BadGateway", HttpCodes2[HttpCodes2.ServiceUnavailable = 503] = "ServiceUnavailable", HttpCodes2[HttpCodes2.GatewayTimeout = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2.Accept = "accept", Headers2.ContentType = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2.ApplicationJson = "application/json";
})(MediaTypes || (MediaTypes = {}));
const HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
], HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
], RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"], ExponentialBackoffCeiling = 10, ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message), this.name = "HttpClientError", this.statusCode = statusCode, Object.setPrototypeOf(this, HttpClientError.prototype);
  }
}
class HttpClientResponse {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        }), this.message.on("end", () => {
          resolve(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        }), this.message.on("end", () => {
          resolve(Buffer.concat(chunks));
        });
      }));
    });
  }
}
class lib_HttpClient {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = !1, this._allowRedirects = !0, this._allowRedirectDowngrade = !1, this._maxRedirects = 50, this._allowRetries = !1, this._maxRetries = 1, this._keepAlive = !1, this._disposed = !1, this.userAgent = this._getUserAgentWithOrchestrationId(userAgent), this.handlers = handlers || [], this.requestOptions = requestOptions, requestOptions && (requestOptions.ignoreSslError != null && (this._ignoreSslError = requestOptions.ignoreSslError), this._socketTimeout = requestOptions.socketTimeout, requestOptions.allowRedirects != null && (this._allowRedirects = requestOptions.allowRedirects), requestOptions.allowRedirectDowngrade != null && (this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade), requestOptions.maxRedirects != null && (this._maxRedirects = Math.max(requestOptions.maxRedirects, 0)), requestOptions.keepAlive != null && (this._keepAlive = requestOptions.keepAlive), requestOptions.allowRetries != null && (this._allowRetries = requestOptions.allowRetries), requestOptions.maxRetries != null && (this._maxRetries = requestOptions.maxRetries));
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed)
        throw new Error("Client has already been disposed.");
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0, response;
      do {
        if (response = yield this.requestRaw(info2, data), response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers)
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          return authenticationHandler ? authenticationHandler.handleAuthentication(this, info2, data) : response;
        }
        let redirectsRemaining = this._maxRedirects;
        for (; response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0; ) {
          const redirectUrl = response.message.headers.location;
          if (!redirectUrl)
            break;
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade)
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          if (yield response.readBody(), parsedRedirectUrl.hostname !== parsedUrl.hostname)
            for (const header in headers)
              header.toLowerCase() === "authorization" && delete headers[header];
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers), response = yield this.requestRaw(info2, data), redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode))
          return response;
        numTries += 1, numTries < maxTries && (yield response.readBody(), yield this._performExponentialBackoff(numTries));
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    this._agent && this._agent.destroy(), this._disposed = !0;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => {
        function callbackForResult(err, res) {
          err ? reject(err) : res ? resolve(res) : reject(new Error("Unknown error"));
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    typeof data == "string" && (info2.options.headers || (info2.options.headers = {}), info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8"));
    let callbackCalled = !1;
    function handleResult(err, res) {
      callbackCalled || (callbackCalled = !0, onResult(err, res));
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    }), req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      socket && socket.end(), handleResult(new Error(`Request timeout: ${info2.options.path}`));
    }), req.on("error", function(err) {
      handleResult(err);
    }), data && typeof data == "string" && req.write(data, "utf8"), data && typeof data != "string" ? (data.on("close", function() {
      req.end();
    }), data.pipe(req)) : req.end();
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl), proxyUrl = getProxyUrl(parsedUrl);
    if (proxyUrl && proxyUrl.hostname)
      return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
    const defaultPort = usingSsl ? 443 : 80;
    if (info2.options = {}, info2.options.host = info2.parsedUrl.hostname, info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort, info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || ""), info2.options.method = method, info2.options.headers = this._mergeHeaders(headers), this.userAgent != null && (info2.options.headers["user-agent"] = this.userAgent), info2.options.agent = this._getAgent(info2.parsedUrl), this.handlers)
      for (const handler of this.handlers)
        handler.prepareRequest(info2.options);
    return info2;
  }
  _mergeHeaders(headers) {
    return this.requestOptions && this.requestOptions.headers ? Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {})) : lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      headerValue && (clientHeader = typeof headerValue == "number" ? headerValue.toString() : headerValue);
    }
    const additionalValue = additionalHeaders[header];
    return additionalValue !== void 0 ? typeof additionalValue == "number" ? additionalValue.toString() : additionalValue : clientHeader !== void 0 ? clientHeader : _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      headerValue && (typeof headerValue == "number" ? clientHeader = String(headerValue) : Array.isArray(headerValue) ? clientHeader = headerValue.join(", ") : clientHeader = headerValue);
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    return additionalValue !== void 0 ? typeof additionalValue == "number" ? String(additionalValue) : Array.isArray(additionalValue) ? additionalValue.join(", ") : additionalValue : clientHeader !== void 0 ? clientHeader : _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl), useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy && (agent = this._proxyAgent), useProxy || (agent = this._agent), agent)
      return agent;
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions && (maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets), proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      usingSsl ? tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp : tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp, agent = tunnelAgent(agentOptions), this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options), this._agent = agent;
    }
    return usingSsl && this._ignoreSslError && (agent.options = Object.assign(agent.options || {}, {
      rejectUnauthorized: !1
    })), agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive && (proxyAgent = this._proxyAgentDispatcher), proxyAgent)
      return proxyAgent;
    const usingSsl = parsedUrl.protocol === "https:";
    return proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: this._keepAlive ? 1 : 0 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    })), this._proxyAgentDispatcher = proxyAgent, usingSsl && this._ignoreSslError && (proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
      rejectUnauthorized: !1
    })), proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client", orchId = process.env.ACTIONS_ORCHESTRATION_ID;
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve) => setTimeout(() => resolve(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0, response = {
          statusCode,
          result: null,
          headers: {}
        };
        statusCode === HttpCodes.NotFound && resolve(response);
        function dateTimeDeserializer(key, value) {
          if (typeof value == "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf()))
              return a;
          }
          return value;
        }
        let obj, contents;
        try {
          contents = yield res.readBody(), contents && contents.length > 0 && (options && options.deserializeDates ? obj = JSON.parse(contents, dateTimeDeserializer) : obj = JSON.parse(contents), response.result = obj), response.headers = res.message.headers;
        } catch {
        }
        if (statusCode > 299) {
          let msg;
          obj && obj.message ? msg = obj.message : contents && contents.length > 0 ? msg = contents : msg = `Failed request: (${statusCode})`;
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result, reject(err);
        } else
          resolve(response);
      }));
    });
  }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
var summary_awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
const { access, appendFile, writeFile } = external_fs_namespaceObject.promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
class Summary {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return summary_awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return summary_awaiter(this, void 0, void 0, function* () {
      const overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return summary_awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = !1) {
    return this._buffer += text, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(external_os_namespaceObject.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    const tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 == "string")
          return this.wrap("td", cell2);
        const { header, data, colspan, rowspan } = cell2, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
}
const _summary = new Summary();
const summary = _summary;
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
var external_events_ = __nccwpck_require__(434);
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
var external_assert_ = __nccwpck_require__(613), io_util_awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises, IS_WINDOWS = process.platform === "win32";
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
  return io_util_awaiter(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT")
        return !1;
      throw err;
    }
    return !0;
  });
}
function isRooted(p) {
  if (p = normalizeSeparators(p), !p)
    throw new Error('isRooted() parameter "p" cannot be empty');
  return IS_WINDOWS ? p.startsWith("\\") || /^[A-Z]:/i.test(p) : p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return io_util_awaiter(this, void 0, void 0, function* () {
    let stats;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      err.code !== "ENOENT" && console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt))
          return filePath;
      } else if (isUnixExecutable(stats))
        return filePath;
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension, stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        err.code !== "ENOENT" && console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = external_path_namespaceObject.dirname(filePath), upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory))
              if (upperName === actualName.toUpperCase()) {
                filePath = external_path_namespaceObject.join(directory, actualName);
                break;
              }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else if (isUnixExecutable(stats))
          return filePath;
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  return p = p || "", IS_WINDOWS ? (p = p.replace(/\//g, "\\"), p.replace(/\\\\+/g, "\\")) : p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}
var io_awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return io_awaiter(this, void 0, void 0, function* () {
    if (!tool)
      throw new Error("parameter 'tool' is required");
    if (check) {
      const result = yield which(tool, !1);
      if (!result)
        throw IS_WINDOWS ? new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`) : new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
      return result;
    }
    const matches = yield findInPath(tool);
    return matches && matches.length > 0 ? matches[0] : "";
  });
}
function findInPath(tool) {
  return io_awaiter(this, void 0, void 0, function* () {
    if (!tool)
      throw new Error("parameter 'tool' is required");
    const extensions = [];
    if (IS_WINDOWS && process.env.PATHEXT)
      for (const extension of process.env.PATHEXT.split(external_path_namespaceObject.delimiter))
        extension && extensions.push(extension);
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      return filePath ? [filePath] : [];
    }
    if (tool.includes(external_path_namespaceObject.sep))
      return [];
    const directories = [];
    if (process.env.PATH)
      for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter))
        p && directories.push(p);
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
      filePath && matches.push(filePath);
    }
    return matches;
  });
}
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
var toolrunner_awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
const toolrunner_IS_WINDOWS = process.platform === "win32";
class ToolRunner extends external_events_.EventEmitter {
  constructor(toolPath, args, options) {
    if (super(), !toolPath)
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    this.toolPath = toolPath, this.args = args || [], this.options = options || {};
  }
  _debug(message) {
    this.options.listeners && this.options.listeners.debug && this.options.listeners.debug(message);
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName(), args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (toolrunner_IS_WINDOWS)
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args)
          cmd += ` ${a}`;
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args)
          cmd += ` ${a}`;
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args)
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
      }
    else {
      cmd += toolPath;
      for (const a of args)
        cmd += ` ${a}`;
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString(), n = s.indexOf(external_os_namespaceObject.EOL);
      for (; n > -1; ) {
        const line = s.substring(0, n);
        onLine(line), s = s.substring(n + external_os_namespaceObject.EOL.length), n = s.indexOf(external_os_namespaceObject.EOL);
      }
      return s;
    } catch (err) {
      return this._debug(`error processing line. Failed with error ${err}`), "";
    }
  }
  _getSpawnFileName() {
    return toolrunner_IS_WINDOWS && this._isCmdFile() ? process.env.COMSPEC || "cmd.exe" : this.toolPath;
  }
  _getSpawnArgs(options) {
    if (toolrunner_IS_WINDOWS && this._isCmdFile()) {
      let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
      for (const a of this.args)
        argline += " ", argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
      return argline += '"', [argline];
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile())
      return this._uvQuoteCmdArg(arg);
    if (!arg)
      return '""';
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = !1;
    for (const char of arg)
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = !0;
        break;
      }
    if (!needsQuotes)
      return arg;
    let reverse = '"', quoteHit = !0;
    for (let i = arg.length; i > 0; i--)
      reverse += arg[i - 1], quoteHit && arg[i - 1] === "\\" ? reverse += "\\" : arg[i - 1] === '"' ? (quoteHit = !0, reverse += '"') : quoteHit = !1;
    return reverse += '"', reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg)
      return '""';
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"'))
      return arg;
    if (!arg.includes('"') && !arg.includes("\\"))
      return `"${arg}"`;
    let reverse = '"', quoteHit = !0;
    for (let i = arg.length; i > 0; i--)
      reverse += arg[i - 1], quoteHit && arg[i - 1] === "\\" ? reverse += "\\" : arg[i - 1] === '"' ? (quoteHit = !0, reverse += "\\") : quoteHit = !1;
    return reverse += '"', reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || !1,
      windowsVerbatimArguments: options.windowsVerbatimArguments || !1,
      failOnStdErr: options.failOnStdErr || !1,
      ignoreReturnCode: options.ignoreReturnCode || !1,
      delay: options.delay || 1e4
    };
    return result.outStream = options.outStream || process.stdout, result.errStream = options.errStream || process.stderr, result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    return result.cwd = options.cwd, result.env = options.env, result.windowsVerbatimArguments = options.windowsVerbatimArguments || this._isCmdFile(), options.windowsVerbatimArguments && (result.argv0 = `"${toolPath}"`), result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return toolrunner_awaiter(this, void 0, void 0, function* () {
      return !isRooted(this.toolPath) && (this.toolPath.includes("/") || toolrunner_IS_WINDOWS && this.toolPath.includes("\\")) && (this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath)), this.toolPath = yield which(this.toolPath, !0), new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`), this._debug("arguments:");
        for (const arg of this.args)
          this._debug(`   ${arg}`);
        const optionsNonNull = this._cloneExecOptions(this.options);
        !optionsNonNull.silent && optionsNonNull.outStream && optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
        const state2 = new ExecState(optionsNonNull, this.toolPath);
        if (state2.on("debug", (message) => {
          this._debug(message);
        }), this.options.cwd && !(yield exists(this.options.cwd)))
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        const fileName = this._getSpawnFileName(), cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        cp.stdout && cp.stdout.on("data", (data) => {
          this.options.listeners && this.options.listeners.stdout && this.options.listeners.stdout(data), !optionsNonNull.silent && optionsNonNull.outStream && optionsNonNull.outStream.write(data), stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
            this.options.listeners && this.options.listeners.stdline && this.options.listeners.stdline(line);
          });
        });
        let errbuffer = "";
        if (cp.stderr && cp.stderr.on("data", (data) => {
          state2.processStderr = !0, this.options.listeners && this.options.listeners.stderr && this.options.listeners.stderr(data), !optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream && (optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream).write(data), errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
            this.options.listeners && this.options.listeners.errline && this.options.listeners.errline(line);
          });
        }), cp.on("error", (err) => {
          state2.processError = err.message, state2.processExited = !0, state2.processClosed = !0, state2.CheckComplete();
        }), cp.on("exit", (code) => {
          state2.processExitCode = code, state2.processExited = !0, this._debug(`Exit code ${code} received from tool '${this.toolPath}'`), state2.CheckComplete();
        }), cp.on("close", (code) => {
          state2.processExitCode = code, state2.processExited = !0, state2.processClosed = !0, this._debug(`STDIO streams have closed for tool '${this.toolPath}'`), state2.CheckComplete();
        }), state2.on("done", (error2, exitCode) => {
          stdbuffer.length > 0 && this.emit("stdline", stdbuffer), errbuffer.length > 0 && this.emit("errline", errbuffer), cp.removeAllListeners(), error2 ? reject(error2) : resolve(exitCode);
        }), this.options.input) {
          if (!cp.stdin)
            throw new Error("child process missing stdin");
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
}
class ExecState extends external_events_.EventEmitter {
  constructor(options, toolPath) {
    if (super(), this.processClosed = !1, this.processError = "", this.processExitCode = 0, this.processExited = !1, this.processStderr = !1, this.delay = 1e4, this.done = !1, this.timeout = null, !toolPath)
      throw new Error("toolPath must not be empty");
    this.options = options, this.toolPath = toolPath, options.delay && (this.delay = options.delay);
  }
  CheckComplete() {
    this.done || (this.processClosed ? this._setResult() : this.processExited && (this.timeout = (0, external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this)));
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error2;
    this.processExited && (this.processError ? error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`) : this.processExitCode !== 0 && !this.options.ignoreReturnCode ? error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`) : this.processStderr && this.options.failOnStdErr && (error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`))), this.timeout && (clearTimeout(this.timeout), this.timeout = null), this.done = !0, this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state2) {
    if (!state2.done) {
      if (!state2.processClosed && state2.processExited) {
        const message = `The STDIO streams did not close within ${state2.delay / 1e3} seconds of the exit event from process '${state2.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
        state2._debug(message);
      }
      state2._setResult();
    }
  }
}
const platform = external_os_namespaceObject.platform(), arch = external_os_namespaceObject.arch();
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function core_setSecret(secret) {
  command_issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return file_command_issueFileCommand("OUTPUT", file_command_prepareKeyValueMessage(name, value));
  process.stdout.write(external_os_namespaceObject.EOL), command_issueCommand("set-output", { name }, utils_toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function core_debug(message) {
  command_issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  command_issueCommand("error", utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  command_issueCommand("warning", utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + external_os_namespaceObject.EOL);
}
function startGroup(name) {
  command_issue("group", name);
}
function endGroup() {
  command_issue("endgroup");
}
function actionsCore() {
  return {
    getInput: (name) => process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] === void 0 ? void 0 : getInput(name),
    setOutput: (name, value) => setOutput(name, value),
    setSecret: (secret) => core_setSecret(secret),
    info: (message) => info(message),
    warning: (message) => warning(message),
    debug: (message) => core_debug(message),
    startGroup: (name) => startGroup(name),
    endGroup: () => endGroup(),
    setFailed: (message) => setFailed(message),
    writeSummary: async (markdown) => {
      process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(markdown, !0).write();
    }
  };
}
const systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random()
}, external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http"), external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https"), external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net"), external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls"), RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]), TRANSIENT_ADOBE_CODES = /* @__PURE__ */ new Set(["1102-500", "1103-503", "1104-504"]), STEP_ENDED = "ERR_STEP_ENDED", PERMANENT_NETWORK_CODES = /* @__PURE__ */ new Set(["ENOTFOUND", STEP_ENDED]), BACKOFF = { baseDelayMs: 1e3, maxDelayMs: 2e4 };
function isRetryable(failure2) {
  return failure2.kind === "network" ? !PERMANENT_NETWORK_CODES.has(failure2.code ?? "") : RETRYABLE_STATUSES.has(failure2.status) || failure2.code !== void 0 && TRANSIENT_ADOBE_CODES.has(failure2.code);
}
function mayHaveActed(failure2) {
  return failure2.kind === "network" ? failure2.sent : failure2.status >= 500;
}
function backoffDelay(attempt, random, backoff = BACKOFF) {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
function decideRetry(input) {
  const { failure: failure2, attempt, now, deadline } = input;
  if (!isRetryable(failure2))
    return { retry: !1, reason: "not-retryable" };
  if (attempt >= input.maxAttempts)
    return { retry: !1, reason: "attempts" };
  if (now >= deadline)
    return { retry: !1, reason: "deadline" };
  const asked = failure2.kind === "status" ? failure2.retryAfterMs : void 0, delayMs = asked ?? backoffDelay(attempt, input.random, input.backoff);
  if (now + delayMs < deadline)
    return { retry: !0, delayMs };
  const leftMs = deadline - now;
  return {
    retry: !1,
    reason: "wait-past-deadline",
    waitMs: delayMs,
    leftMs,
    askedByServer: asked !== void 0
  };
}
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", TIME = "\\d{2}:\\d{2}:\\d{2}", HTTP_DATES = [
  [new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`), (text) => text],
  [new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`), (text) => text],
  [new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`), (text) => `${text} GMT`]
];
function parseHttpDate(text) {
  const form = HTTP_DATES.find(([pattern]) => pattern.test(text)), at = form ? Date.parse(form[1](text)) : NaN;
  return Number.isNaN(at) ? void 0 : at;
}
function parseRetryAfter(value, now) {
  const trimmed = value?.trim();
  if (!trimmed)
    return;
  if (/^\d+$/.test(trimmed))
    return Number(trimmed) * 1e3;
  const at = parseHttpDate(trimmed);
  return at === void 0 ? void 0 : Math.max(0, at - now);
}
function pollDelay(poll, backoff = BACKOFF) {
  return Math.min(backoff.maxDelayMs / 2, backoff.baseDelayMs * 2 ** (poll - 1));
}
const USER_AGENT = "aep-salesforce-connection-action", MAX_BODY_BYTES = 8 * 1024 * 1024;
function flatHeaders(message) {
  const entries = Object.entries(message.headers).map(([k, v]) => [k, [v ?? []].flat().join(", ")]);
  return Object.fromEntries(entries);
}
async function readBody(message) {
  const chunks = [];
  let size = 0;
  for await (const chunk of message) {
    if (size += chunk.length, size > MAX_BODY_BYTES)
      throw message.destroy(), new Error(`response body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
const socketHost = (url) => url.hostname.replace(/^\[(.*)\]$/, "$1"), ignore = () => {
}, stepEnded = (what2) => Object.assign(new Error(`${what2}the step has ended`), { code: STEP_ENDED });
class Origin {
  url;
  agent;
  ahead = [];
  proxied;
  constructor(url) {
    this.url = url, this.proxied = getProxyUrl(url) !== void 0, this.agent = this.proxied ? new lib_HttpClient(USER_AGENT, [], { keepAlive: !0 }).getAgent(url.href) : this.directAgent();
  }
  directAgent() {
    const take = () => this.takeAhead(), Base = this.url.protocol === "https:" ? external_node_https_namespaceObject.Agent : external_node_http_namespaceObject.Agent;
    class Pooled extends Base {
      createConnection(...args) {
        return take() ?? super.createConnection(...args);
      }
    }
    return new Pooled({ keepAlive: !0 });
  }
  takeAhead() {
    for (let socket = this.ahead.shift(); socket; socket = this.ahead.shift())
      if (!socket.destroyed)
        return socket.off("error", ignore).ref(), socket;
  }
  /** A failure here is no one's: the request that would have used it opens its own. */
  connect() {
    const host = socketHost(this.url), https = this.url.protocol === "https:", port = Number(this.url.port) || (https ? 443 : 80), servername = (0, external_node_net_namespaceObject.isIP)(host) ? {} : { servername: host };
    return (https ? (0, external_node_tls_namespaceObject.connect)({ host, port, ...servername }) : (0, external_node_net_namespaceObject.connect)({ host, port })).on("error", ignore).unref();
  }
  /** Opens connections until `count` are open or opening (busy, idle or ahead). */
  open(count2) {
    if (this.proxied)
      return;
    const held = [this.agent.sockets, this.agent.freeSockets].flatMap((byName) => Object.values(byName).flatMap((sockets) => sockets ?? [])), live = this.ahead.filter((socket) => !socket.destroyed);
    for (let n = held.length + live.length; n < count2; n++)
      this.ahead.push(this.connect());
  }
  /** A tunnel agent has no `destroy`, nor anything to destroy: it keeps no idle connection. */
  close() {
    for (const socket of this.ahead.splice(0))
      socket.destroy();
    this.proxied || this.agent.destroy();
  }
}
function requestHook(url, agent, signal) {
  const ipv6Literal = url.hostname.startsWith("[") && getProxyUrl(url) === void 0;
  return {
    prepareRequest(options) {
      options.agent = agent, options.signal = signal, ipv6Literal && (options.hostname = socketHost(url));
    },
    canHandleAuthentication: () => !1,
    handleAuthentication: () => Promise.reject(new Error("no authentication handler"))
  };
}
async function exchange(request, agent, signal) {
  const { method, url, body, headers } = request, response = await new lib_HttpClient(USER_AGENT, [requestHook(new URL(url), agent, signal)], {
    allowRetries: !1,
    allowRedirects: !1
  }).request(method, url, body ?? null, headers);
  return {
    status: response.message.statusCode ?? 0,
    headers: flatHeaders(response.message),
    body: await readBody(response.message)
  };
}
function rejection(signal) {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: !0 });
  });
}
function httpClientTransport() {
  const origins = /* @__PURE__ */ new Map(), running = /* @__PURE__ */ new Set();
  let closed = !1;
  const originOf = (url) => {
    const parsed = new URL(url);
    let origin = origins.get(parsed.origin);
    return origin || origins.set(parsed.origin, origin = new Origin(parsed)), origin;
  };
  return {
    async send(request, timeoutMs) {
      if (closed)
        throw stepEnded(`${request.method} ${request.url}: `);
      const timeout = new AbortController(), timer = setTimeout(() => timeout.abort(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
      running.add(timeout);
      const exchanged = exchange(request, originOf(request.url).agent, timeout.signal);
      exchanged.catch(() => {
      });
      try {
        return await Promise.race([exchanged, rejection(timeout.signal)]);
      } finally {
        clearTimeout(timer), running.delete(timeout);
      }
    },
    prepare(url, count2) {
      closed || originOf(url).open(count2);
    },
    close() {
      closed = !0;
      for (const timeout of running)
        timeout.abort(stepEnded(""));
      for (const origin of origins.values())
        origin.close();
    }
  };
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v == "number");
  return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
class Cached {
  constructor(getter) {
    this._getter = getter, this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
  }
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0, end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      return assignProp(this, key, value), value;
    },
    enumerable: !0,
    configurable: !0
  });
}
function putProp(target, key, value) {
  key in target ? assignProp(target, key, value) : target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => {
      const value = source._zod.def.shape[key];
      return wrap ? wrap(value, key) : value;
    }) : putProp(target, key, wrap ? wrap(desc.value, key) : desc.value));
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => source[key]) : putProp(target, key, desc.value));
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function util_isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (util_isObject(o) === !1)
    return !1;
  const ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function")
    return !0;
  const prot = ctor.prototype;
  return !(util_isObject(prot) === !1 || Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === !1);
}
const propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function stringifyPrimitive(value) {
  return typeof value == "bigint" ? value.toString() + "n" : typeof value == "string" ? `"${value}"` : `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
const NUMBER_FORMAT_RANGES = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
};
function extend(schema, shape) {
  if (!isPlainObject(shape))
    throw new Error("Invalid input to extend: expected a plain object");
  const checks2 = schema._zod.def.checks;
  if (checks2 && checks2.length > 0) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape))
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0)
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  return mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema))), mirrorProps(newShape, shape), newShape;
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path2, issues) {
  return issues.map((iss) => {
    var _a2;
    return (_a2 = iss).path ?? (_a2.path = []), iss.path.unshift(path2), iss;
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++)
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a2 = iss).schema ?? (_a2.schema = iss.inst) : iss.schema = iss.inst);
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (const k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message, ctx?.reportInput && (full.input = iss.input), full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++)
    (str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320 && (count2--, i++);
  return count2;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "object": {
      if (data === null)
        return "null";
      if (Array.isArray(data))
        return "array";
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor)
        return obj.constructor.name;
    }
  }
  return t;
}
function util_issue(...args) {
  const [iss, input, inst] = args;
  return typeof iss == "string" ? {
    message: iss,
    code: "custom",
    input,
    inst
  } : { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
let installing, broke = !1;
const breaker = {
  configurable: !0,
  get() {
    broke = !0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = !1;
      try {
        const value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  proto && Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      const desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}
var _a;
const _zodDesc = { value: void 0, enumerable: !1 };
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name), initializer2(inst, def), initialized) {
      const own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype;
      let up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    const proto2 = _.prototype;
    for (const k in proto2)
      Object.prototype.hasOwnProperty.call(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)
  }), Object.defineProperty(_, "name", { value: name }), _;
}
class $ZodAsyncError extends Error {
  constructor() {
    super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
  }
}
class $ZodEncodeError extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`), this.name = "ZodEncodeError";
  }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const core_globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  return newConfig && Object.assign(core_globalConfig, newConfig), core_globalConfig;
}
const $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
const _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
}, numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
const $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    (def.inclusive ? payload.value >= def.value : payload.value > def.value) || payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value == "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
const $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def), def.format = def.format || "float64";
  const isInt = def.format?.includes("int"), origin = isInt ? "int" : "number", [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: !1,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        input > 0 ? payload.issues.push({
          input,
          code: "too_big",
          maximum: Number.MAX_SAFE_INTEGER,
          note: "Integers must be within the safe integer range.",
          inst,
          origin,
          inclusive: !0,
          continue: !def.abort
        }) : payload.issues.push({
          input,
          code: "too_small",
          minimum: Number.MIN_SAFE_INTEGER,
          note: "Integers must be within the safe integer range.",
          inst,
          origin,
          inclusive: !0,
          continue: !def.abort
        });
        return;
      }
    }
    input < minimum && payload.issues.push({
      origin: "number",
      input,
      code: "too_small",
      minimum,
      inclusive: !0,
      inst,
      continue: !def.abort
    }), input > maximum && payload.issues.push({
      origin: "number",
      input,
      code: "too_big",
      maximum,
      inclusive: !0,
      inst,
      continue: !def.abort
    });
  };
});
const $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def), (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength), inst._zod.check = (payload) => {
    const input = payload.value, units = input.length;
    if ((typeof input == "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: !0,
      input,
      inst,
      continue: !def.abort
    });
  };
}), $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def), (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength), inst._zod.check = (payload) => {
    const input = payload.value, units = input.length;
    if ((typeof input == "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: !0,
      input,
      inst,
      continue: !def.abort
    });
  };
});
const $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def), def.pattern ? (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
    def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: def.format,
      input: payload.value,
      ...def.pattern ? { pattern: def.pattern.toString() } : {},
      inst,
      continue: !def.abort
    });
  }) : (_b = inst._zod).check ?? (_b.check = () => {
  });
}), $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def), inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
const anyString = /^[\s\S]{0,}$/;
const number = /^-?\d+(?:\.\d+)?$/, regexes_boolean = /^(?:true|false)$/i;
const version = {
  major: 4,
  minor: 6,
  patch: 7
}, $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
  const defChecks = inst._zod.def.checks, checks2 = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks2)
    for (const fn of ch._zod.onattach)
      fn(inst);
  if (checks2.length === 0)
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []), inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  else {
    const runChecks = (payload, checks3, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload), asyncResult;
      for (const ch of checks3) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
            continue;
        } else if (isAborted)
          continue;
        const currLen = payload.issues.length, _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === !1)
          throw new $ZodAsyncError();
        if (asyncResult || _ instanceof Promise)
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
          });
        else {
          if (payload.issues.length === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
        }
      }
      return asyncResult ? asyncResult.then(() => payload) : payload;
    }, handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary))
        return canary.aborted = !0, canary;
      const checkResult = runChecks(payload, checks2, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === !1)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks)
        return inst._zod.parse(payload, ctx);
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
        return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === !1)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks2, ctx));
      }
      return runChecks(result, checks2, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
}), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: !1 };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
const $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch {
      }
    return typeof payload.value == "string" || payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    }), payload;
  };
});
const $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch {
      }
    const input = payload.value;
    if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
      return payload;
    const received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
    return payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    }), payload;
  };
}), $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def), $ZodNumber.init(inst, def);
}), $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = regexes_boolean, inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = !!payload.value;
      } catch {
      }
    const input = payload.value;
    return typeof input == "boolean" || payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    }), payload;
  };
});
const $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.parse = (payload) => payload;
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0])), parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse2(payload, ctx);
  };
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
const $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = core_globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input))
      return payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      }), payload;
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [], abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i], result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise)
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      else if (handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))
        break;
    }
    return proms.length ? Promise.all(proms).then(() => payload) : payload;
  }, capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result.value;
  }
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
const $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
    };
    get.raw = sh, Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape, propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
        for (const v of field.values)
          propValues[key].add(v);
        field.optin !== void 0 && propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject = util_isObject, catchall = def.catchall;
  let value;
  const memo = core_globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject(input))
      return payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      }), payload;
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [], shape = value.shape, abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
      r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
    }
    return catchall ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
  };
});
const $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items, memo = core_globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input))
      return payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      }), payload;
    payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
    const proms = [], optinStart = getTupleOptStart(items, "optin"), optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart)
        return payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: !0,
          input,
          inst,
          origin: "array"
        }), payload;
      input.length > items.length && payload.issues.push({
        code: "too_big",
        maximum: items.length,
        inclusive: !0,
        input,
        inst,
        origin: "array"
      });
    }
    const itemResults = new Array(items.length), abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = !1;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      r instanceof Promise ? proms.push(r.then((rr) => {
        itemResults[i] = rr;
      })) : (itemResults[i] = r, abortEarly && !itemAborted && r.issues.length && (itemAborted = aborted(r)));
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        result instanceof Promise ? proms.push(result.then((r) => handleTupleResult(r, payload, i))) : handleTupleResult(result, payload, i);
      }
    }
    return proms.length ? Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart)) : handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--)
    if (!(key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional"))
      return i + 1;
  return 0;
}
function handleTupleResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i], isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length && (items[i]._zod.optout === "optional" && final.value[i] === void 0); i--)
    final.value.length = i;
  return final;
}
const $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = core_globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input))
      return payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      }), payload;
    const proms = [], values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values)
        if (typeof key == "string" || typeof key == "number" || typeof key == "symbol") {
          if (recordKeys.add(typeof key == "number" ? key.toString() : key), key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise)
            throw new Error("Async schemas not supported in object keys currently");
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          result instanceof Promise ? proms.push(result.then((result2) => {
            result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
          })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
        }
      let unrecognized;
      for (const key in input)
        if (!recordKeys.has(key))
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else
            unrecognized = unrecognized ?? [], unrecognized.push(key);
      unrecognized && unrecognized.length > 0 && payload.issues.push({
        code: "unrecognized_keys",
        input,
        inst,
        keys: unrecognized,
        continue: !0
      });
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise)
          throw new Error("Async schemas not supported in object keys currently");
        if (typeof key == "string" && number.test(key) && keyResult.issues.length) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise)
            throw new Error("Async schemas not supported in object keys currently");
          retryResult.issues.length === 0 && (keyResult = retryResult);
        }
        if (keyResult.issues.length) {
          def.mode === "loose" ? payload.value[key] = input[key] : values ? (unrecognized = unrecognized ?? [], unrecognized.push(key)) : payload.issues.push({
            code: "invalid_key",
            origin: "record",
            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
            input: key,
            path: [key],
            inst
          });
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        result instanceof Promise ? proms.push(result.then((result2) => {
          result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
        })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
      }
      unrecognized && unrecognized.length > 0 && payload.issues.push({
        code: "unrecognized_keys",
        input,
        inst,
        keys: unrecognized,
        continue: !0
      });
    }
    return proms.length ? Promise.all(proms).then(() => payload) : payload;
  };
});
const $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries), valuesSet = new Set(values);
  inst._zod.values = valuesSet, defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  }), inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    return valuesSet.has(input) || payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    }), payload;
  };
});
const $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.optin = "optional", core_globalConfig.memoizer?.guard(inst), inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward")
      throw new $ZodEncodeError(inst.constructor.name);
    const _out = def.transform(payload.value, payload);
    if (ctx.async)
      return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output2) => (payload.value = output2, payload));
    if (_out instanceof Promise)
      throw new $ZodAsyncError();
    return payload.value = _out, payload;
  };
});
function handleOptionalResult(payload, result) {
  return payload.value = result.issues.length ? void 0 : result.value, payload;
}
const $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  }), defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  }), inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      return result instanceof Promise ? result.then((result2) => handleOptionalResult(payload, result2)) : handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
const $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout), defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues), inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      return right instanceof Promise ? right.then((right2) => handlePipeResult(right2, def.in, ctx)) : handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    return left instanceof Promise ? left.then((left2) => handlePipeResult(left2, def.out, ctx)) : handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  return left.issues.some((iss) => iss.code !== "unrecognized_keys") ? (left.aborted = !0, left) : next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def), $ZodType.init(inst, def), inst._zod.parse = (payload, _) => payload, inst._zod.check = (payload) => {
    const input = payload.value, r = def.fn(input);
    if (r instanceof Promise)
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    handleRefineResult(r, payload, input, inst);
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    inst._zod.def.params && (_iss.params = inst._zod.def.params), payload.issues.push(util_issue(_iss));
  }
}
var registries_a;
class $ZodRegistry {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta = _meta[0];
    return this._map.set(schema, meta), meta && typeof meta == "object" && "id" in meta && this._idmap.set(meta.id, schema), this;
  }
  clear() {
    return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
  }
  remove(schema) {
    const meta = this._map.get(schema);
    return meta && typeof meta == "object" && "id" in meta && this._idmap.delete(meta.id), this._map.delete(schema), this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm2 = { ...this.get(p) ?? {} };
      delete pm2.id;
      const f = { ...pm2, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
}
function registry() {
  return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: !1,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  return new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  return new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
}
function _getMessage() {
  const internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
const _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: !0,
  configurable: !0
}, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
  inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  _installedToString.has(proto) || (_installedToString.add(proto), Object.defineProperty(proto, "toString", {
    configurable: !0,
    enumerable: !1,
    get() {
      const value = () => this.message;
      return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
    },
    set(value) {
      Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
    }
  }));
}, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
const _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      throw new $ZodAsyncError();
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw captureStackTrace(e, _params?.callee ?? fn), e;
    }
    return result.value;
  };
  return fn;
}, parse_parse = /* @__PURE__ */ _parse($ZodRealError), _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise && (result = await result), result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw captureStackTrace(e, params?.callee ?? fn), e;
    }
    return result.value;
  };
  return fn;
}, parse_parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError), _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    throw new $ZodAsyncError();
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
}, safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: !1,
    get error() {
      return error2 || (error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error2;
    },
    set error(e) {
      error2 = e, issues = void 0, ctx = void 0;
    }
  };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  return result instanceof Promise && (result = await result), result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
}, safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
const ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def), inst.def = def, inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse_parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parse_parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks2) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks2.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: !0 });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta) {
    return reg.add(this, meta), this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
}), ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_string(params) {
  return /* @__PURE__ */ _string(ZodMiniString, params);
}
const ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_number(params) {
  return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def), ZodMiniNumber.init(inst, def);
});
function schemas_int(params) {
  return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_boolean(params) {
  return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
const ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return /* @__PURE__ */ _unknown(ZodMiniUnknown);
}
const ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return /* @__PURE__ */ schemas_enum(Object.keys(shape));
}
const ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, !1);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function schemas_extend(schema, shape) {
  return extend(schema, shape);
}
const ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType, params = hasRest ? _params : _paramsOrRest, rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
const ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  return !valueType || !valueType._zod ? new ZodMiniRecord({
    type: "record",
    keyType: /* @__PURE__ */ schemas_string(),
    valueType: keyType,
    ...normalizeParams(valueType)
  }) : new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
const ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def), ZodMiniType.init(inst, def), inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function schemas_enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
const ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
const ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
const ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
const ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
}
const CONTROL = /[\p{Cc}\u2028\u2029]/gu, NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" }, escapeControl = (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function neutralise(text) {
  return text.replace(CONTROL, escapeControl).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
}
function clip(text, max) {
  if (text.length <= max)
    return text;
  const chars = Array.from(text.slice(0, max * 2));
  return chars.length > max ? `${chars.slice(0, max).join("")}\u2026` : text;
}
const neutraliseLines = (text) => text.split(`
`).map(neutralise).join(`
`);
function createLog(core2, redactor) {
  const line = (message) => neutralise(redactor.scrub(message)), lines = (message) => neutraliseLines(redactor.scrub(message));
  return {
    info: (message) => core2.info(line(message)),
    warning: (message) => core2.warning(lines(message)),
    debug: (message) => core2.debug(lines(message)),
    fail: (message) => core2.setFailed(lines(message)),
    async group(name, work) {
      core2.startGroup(line(name));
      try {
        return await work();
      } finally {
        core2.endGroup();
      }
    }
  };
}
const SALESFORCE_CONNECTION_SPEC_ID = "cfc0fee1-7dc0-40ef-b73e-d8b134c436f5", flowServiceErrorSchema = /* @__PURE__ */ object({
  type: /* @__PURE__ */ schemas_string(),
  title: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
  report: /* @__PURE__ */ optional(/* @__PURE__ */ object({
    "detailed-message": /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
    "request-id": /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string())
  })),
  errorMessage: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
  errorDetails: /* @__PURE__ */ optional(/* @__PURE__ */ unknown())
}), gatewayErrorSchema = /* @__PURE__ */ object({ error_code: /* @__PURE__ */ schemas_string(), message: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }), imsErrorSchema = /* @__PURE__ */ object({ error: /* @__PURE__ */ schemas_string(), error_description: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }), HINTS = {
  "1413-400": `The connection spec is not one Flow Service knows: check connection-spec-id (the Salesforce source is ${SALESFORCE_CONNECTION_SPEC_ID}).`,
  "1415-400": "The auth spec name is not one the Salesforce connection spec knows.",
  "1404-412": "The connection changed since it was read (stale etag).",
  "1445-400": "PATCH on connections is not enabled for this organization: use if-exists: create, or ask Adobe to enable it.",
  "1418-400": "The connection is used by a dataflow: delete or update the dataflow first.",
  "2000-401": "The credential has no access to this IMS organization: check org-id.",
  "2100-404": "The sandbox does not exist or the credential cannot see it: check sandbox-name.",
  "2101-404": "The sandbox does not exist or the credential cannot see it: check sandbox-name.",
  "2118-403": `The API credential's role may not write sources in this sandbox: give it "Manage Sources" and the sandbox (Experience Platform \u2192 Permissions \u2192 Roles).`,
  "2121-403": `The API credential's role needs the "Manage Sources" permission for this sandbox (Experience Platform \u2192 Permissions \u2192 Roles).`,
  401013: "The access token is invalid or expired: use client-secret so the action fetches a fresh one.",
  403010: "No access token was sent or it was empty.",
  403003: "client-id (x-api-key) does not match the credential the token was issued for.",
  invalid_client: "client-id or client-secret is wrong, or the credential is not OAuth Server-to-Server.",
  invalid_scope: "A scope is not granted to this credential: add the Experience Platform API to the project, or adjust scopes."
};
function api_error_describe(d) {
  const page = d.page ? ` (${d.page})` : "", code = d.code ? ` ${d.code}` : "", title = d.title ? `: ${d.title}` : "", detail = d.detail && d.detail !== d.title ? `: ${d.detail}` : "", requestId = d.requestId ? ` (request id ${d.requestId})` : "", hint = d.code ? HINTS[shortCode(d.code)] : void 0;
  return `${d.call} failed with HTTP ${d.status}${page}${code}${title}${detail}${requestId}${hint ? `
${hint}` : ""}`;
}
function shortCode(code) {
  return code.replace(/^[A-Z]+-(?=\d+-\d+$)/, "");
}
class ApiError extends Error {
  details;
  constructor(details) {
    super(api_error_describe(details)), this.details = details, this.name = "ApiError";
  }
  get code() {
    return this.details.code && shortCode(this.details.code);
  }
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
}
function fromBody(body) {
  const flow = flowServiceErrorSchema.safeParse(body);
  if (flow.success) {
    const { type, title, report, errorMessage: errorMessage2 } = flow.data;
    return {
      code: type.split("/").pop(),
      title,
      detail: report?.["detailed-message"] ?? errorMessage2,
      requestId: report?.["request-id"]
    };
  }
  const gateway = gatewayErrorSchema.safeParse(body);
  if (gateway.success)
    return { code: gateway.data.error_code, title: gateway.data.message };
  const ims = imsErrorSchema.safeParse(body);
  if (ims.success)
    return { code: ims.data.error, title: ims.data.error_description };
}
const MAX_UNPARSED_BODY = 300, MAX_TITLE = 100;
function htmlPage(body, headers) {
  if (!(/html/i.test(headers["content-type"] ?? "") || /<!doctype html|<html[\s>]/i.test(body)))
    return;
  const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.replace(/\s+/g, " ").trim();
  return title ? `HTML page: ${JSON.stringify(clip(title, MAX_TITLE))}` : "HTML page";
}
function unparsed(body, headers) {
  const page = htmlPage(body, headers);
  return page ? { page } : { detail: body.trim().slice(0, MAX_UNPARSED_BODY) || void 0 };
}
function apiErrorFrom(call, status, headers, text, scrub) {
  const body = scrub(text), parsed = fromBody(parseJson(body)) ?? unparsed(body, headers);
  return new ApiError({
    call,
    status,
    ...parsed,
    requestId: parsed.requestId ?? headers["x-request-id"]
  });
}
const UNFILTERABLE = /[,"']|==/;
const nameFilters = (name, others) => UNFILTERABLE.test(name) ? others : [`name==${name}`, ...others];
async function findNamed(flow, collection, name, filters, fits = () => !0) {
  const matches = /* @__PURE__ */ new Map();
  for await (const page of flow.list(collection, nameFilters(name, filters)))
    for (const item of page)
      item.name === name && fits(item) && matches.set(item.id, item);
  return [...matches.values()];
}
const findByName = (flow, name, specId) => findNamed(flow, "connections", name, [`connectionSpec.id==${specId}`], (c) => c.connectionSpec.id === specId), seconds = (ms) => `${Number((ms / 1e3).toFixed(1))} s`;
class TimeoutError extends Error {
  constructor(seconds2, waitingFor) {
    super(`Timed out after ${seconds2} s (timeout-seconds) waiting for ${waitingFor}`), this.name = "TimeoutError";
  }
}
class Deadline {
  now;
  seconds;
  at;
  constructor(now, seconds2) {
    this.now = now, this.seconds = seconds2, this.at = now() + seconds2 * 1e3;
  }
  remainingMs() {
    return this.at - this.now();
  }
  expired(waitingFor) {
    return new TimeoutError(this.seconds, waitingFor);
  }
}
const MAX_SHOWN_URL = 300, ATTEMPT_TIMEOUT_MS = 6e4, NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
class UnconfirmedWriteError extends Error {
  name = "UnconfirmedWriteError";
}
const hostPort = (url) => `${url.hostname}:${url.port || (url.protocol === "https:" ? "443" : "80")}`, UNREACHABLE = {
  ENOTFOUND: (url, input) => `the host ${url.hostname} was not found (ENOTFOUND): check ${input}`,
  EAI_AGAIN: (url, input) => `the host ${url.hostname} could not be looked up (EAI_AGAIN, a temporary DNS failure): check ${input} and the runner's network`,
  ECONNREFUSED: (url, input) => `${hostPort(url)} refused the connection (ECONNREFUSED): check ${input}`
};
function networkFailure(call, error2) {
  const code = error2.code, reason = (code ? UNREACHABLE[code] : void 0)?.(new URL(call.request.url), call.baseUrlInput) ?? (error2 instanceof Error ? error2.message : String(error2));
  return {
    ok: !1,
    failure: { kind: "network", sent: !(code && NOT_SENT.has(code)), ...code ? { code } : {} },
    error: new Error(`${call.label} failed: ${reason}`)
  };
}
function statusFailure(label, response, now, redactor) {
  const { status, headers, body } = response, error2 = apiErrorFrom(label, status, headers, body, (t) => redactor.scrub(t)), retryAfterMs = parseRetryAfter(response.headers["retry-after"], now);
  return {
    ok: !1,
    failure: { kind: "status", status: response.status, code: error2.code, retryAfterMs },
    error: error2
  };
}
function waitPastDeadline(label, next, decision, error2) {
  const { waitMs, leftMs } = decision, wait = decision.askedByServer ? `the server asked to wait ${seconds(waitMs)} before another attempt (Retry-After); timeout-seconds leaves ${seconds(leftMs)}` : `${next} would start in ${seconds(waitMs)}, after timeout-seconds runs out (${seconds(leftMs)} left)`;
  return new Error(`${label}: ${wait}. Last answer: ${error2.message}`, { cause: error2 });
}
function what(failure2) {
  return failure2.kind === "network" ? "network error" : `HTTP ${failure2.status}`;
}
function createHttp(options) {
  const { transport, clock, log, deadline, maxAttempts, redactor } = options;
  async function attempt(call) {
    const remaining = deadline.remainingMs();
    if (remaining <= 0)
      throw deadline.expired(call.label);
    const { method, url } = call.request, shownUrl = clip(url, MAX_SHOWN_URL);
    log.debug(`${method} ${shownUrl}`);
    let response;
    try {
      response = await transport.send(call.request, Math.min(ATTEMPT_TIMEOUT_MS, remaining));
    } catch (error2) {
      return log.debug(`${method} ${shownUrl} \u2192 ${String(error2)}`), networkFailure(call, error2);
    }
    if (log.debug(`${method} ${shownUrl} \u2192 ${response.status}`), response.status >= 200 && response.status < 300)
      return { ok: !0, value: await readSuccess(call, response) };
    const refused = call.refusal?.(response);
    if (refused)
      throw refused;
    return statusFailure(call.label, response, clock.now(), redactor);
  }
  async function readSuccess(call, response) {
    try {
      return call.parse(response);
    } catch (error2) {
      if (!call.reconcile)
        throw error2;
      return lookAgain(call.reconcile, error2);
    }
  }
  async function lookAgain(reconcile, cause) {
    const problem = cause instanceof Error ? cause.message : String(cause);
    log.info(`${problem}; looking again whether the write took effect`);
    let settled;
    try {
      settled = await reconcile();
    } catch (error2) {
      const why = error2 instanceof Error ? error2.message : String(error2);
      throw new UnconfirmedWriteError(`${problem}. The write may have taken effect, and looking again failed (${why})`, { cause });
    }
    if (settled !== void 0)
      return settled;
    throw new UnconfirmedWriteError(`${problem}. The write may have taken effect, but looking again did not show it`, { cause });
  }
  async function request(call) {
    for (let n = 1; ; n++) {
      const result = await attempt(call);
      if (result.ok)
        return result.value;
      const decision = decideRetry({
        failure: result.failure,
        attempt: n,
        maxAttempts,
        now: clock.now(),
        deadline: deadline.at,
        random: clock.random
      });
      if (!decision.retry) {
        if (decision.reason === "deadline")
          throw deadline.expired(`${call.label} (attempt ${n}/${maxAttempts}: ${result.error.message})`);
        if (decision.reason === "wait-past-deadline") {
          const next = `attempt ${n + 1}/${maxAttempts}`;
          throw waitPastDeadline(call.label, next, decision, result.error);
        }
        if (call.reconcile && mayHaveActed(result.failure))
          return lookAgain(call.reconcile, result.error);
        throw result.error;
      }
      const wait = (decision.delayMs / 1e3).toFixed(1);
      if (log.info(`${call.label}: ${what(result.failure)}, attempt ${n}/${maxAttempts}; retrying in ${wait} s`), await clock.sleep(decision.delayMs), call.reconcile && mayHaveActed(result.failure)) {
        const settled = await call.reconcile();
        if (settled !== void 0)
          return settled;
      }
    }
  }
  return { request };
}
function service_platformSender(o, base) {
  function headers(withBody, extra = {}) {
    return {
      Authorization: `Bearer ${o.accessToken}`,
      "x-api-key": o.clientId,
      "x-gw-ims-org-id": o.orgId,
      "x-sandbox-name": o.sandboxName,
      Accept: "application/json",
      ...withBody ? { "Content-Type": "application/json" } : {},
      ...extra
    };
  }
  return (s, parse2, reconcile) => {
    const label = `${s.method} ${s.path.split("?")[0]}`;
    return o.http.request({
      label,
      request: {
        method: s.method,
        url: `${base.href}${s.path}`,
        headers: headers(s.body !== void 0, s.headers),
        ...s.body !== void 0 ? { body: JSON.stringify(s.body) } : {}
      },
      baseUrlInput: "platform-url",
      parse: (response) => parse2(label, response),
      ...reconcile ? { reconcile } : {}
    });
  };
}
const en_error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  }, TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    return type === "number" && typeof input == "number" && !Number.isFinite(input) ? String(input) : TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected), receivedType = parsedType(issue2.input), received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        return issue2.values.length === 1 ? `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}` : `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<", sizing = getSizing(issue2.origin);
        return sizing ? `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}` : `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">", sizing = getSizing(issue2.origin);
        return sizing ? `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}` : `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        return _issue.format === "starts_with" ? `Invalid string: must start with "${_issue.prefix}"` : _issue.format === "ends_with" ? `Invalid string: must end with "${_issue.suffix}"` : _issue.format === "includes" ? `Invalid string: must include "${_issue.includes}"` : _issue.format === "regex" ? `Invalid string: must match pattern ${_issue.pattern}` : `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        return issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0 ? `Invalid discriminator value. Expected ${issue2.options.map((o) => `'${o}'`).join(" | ")}` : issue2.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return "Invalid input";
    }
  };
};
function en() {
  return {
    localeError: en_error()
  };
}
const { localeError } = en(), safeParseInEnglish = (schema, value) => safeParse(schema, value, { error: localeError }), stringMatching = (pattern, message) => (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _regex(pattern, message));
class UnexpectedAnswerError extends Error {
  constructor(label, status, problem) {
    super(`${label} answered HTTP ${status} with an unexpected body: ${problem}`), this.name = "UnexpectedAnswerError";
  }
}
function json_answer_parseJsonAnswer(label, response, schema) {
  let json;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw new UnexpectedAnswerError(label, response.status, "not JSON");
  }
  const parsed = safeParseInEnglish(schema, json);
  if (parsed.success)
    return parsed.data;
  const [first] = parsed.error.issues, where = first.path.length ? first.path.join(".") : "body";
  throw new UnexpectedAnswerError(label, response.status, `${where}: ${first.message}`);
}
const isJsonObject = (value) => typeof value == "object" && value !== null && !Array.isArray(value);
function encodePointer(p) {
  return encodeURI(escapePointer(p)).replace(/#/g, "%23");
}
function escapePointer(p) {
  return p.replace(/~/g, "~0").replace(/\//g, "~1");
}
const uriFragmentCharacter = /^[A-Za-z0-9._~!$&'()*+,;=:@/?-]$/, uriPercentEncoding = /^%[0-9A-Fa-f]{2}$/, uriUnreservedCharacter = /^[A-Za-z0-9._~-]$/;
function normalizeURIFragment(fragment) {
  let normalized = "";
  for (let index = 0; index < fragment.length; ) {
    const character = fragment[index], encoded = fragment.slice(index, index + 3);
    if (character === "%" && uriPercentEncoding.test(encoded)) {
      const decoded = String.fromCharCode(parseInt(encoded.slice(1), 16));
      normalized += uriUnreservedCharacter.test(decoded) ? decoded : encoded.toUpperCase(), index += 3;
      continue;
    }
    const codePoint = String.fromCodePoint(fragment.codePointAt(index));
    normalized += uriFragmentCharacter.test(codePoint) ? codePoint : encodeURIComponent(codePoint), index += codePoint.length;
  }
  return normalized;
}
function resolveURI(reference, baseURI) {
  const url = new URL(reference, baseURI.href);
  return url.hash = url.hash ? normalizeURIFragment(url.hash.slice(1)) : "", url;
}
const schemaArrayKeyword = {
  prefixItems: !0,
  items: !0,
  allOf: !0,
  anyOf: !0,
  oneOf: !0
}, schemaMapKeyword = {
  $defs: !0,
  definitions: !0,
  properties: !0,
  patternProperties: !0,
  dependentSchemas: !0
}, ignoredKeyword = {
  id: !0,
  $id: !0,
  $ref: !0,
  $schema: !0,
  $anchor: !0,
  $vocabulary: !0,
  $comment: !0,
  default: !0,
  enum: !0,
  const: !0,
  required: !0,
  dependentRequired: !0,
  type: !0,
  maximum: !0,
  minimum: !0,
  exclusiveMaximum: !0,
  exclusiveMinimum: !0,
  multipleOf: !0,
  maxLength: !0,
  minLength: !0,
  pattern: !0,
  format: !0,
  maxItems: !0,
  minItems: !0,
  uniqueItems: !0,
  maxProperties: !0,
  minProperties: !0
};
let initialBaseURI = typeof self < "u" && self.location && self.location.origin !== "null" ? new URL(self.location.origin + self.location.pathname + location.search) : new URL("https://github.com/cfworker");
function dereference(schema, lookup = /* @__PURE__ */ Object.create(null), baseURI = initialBaseURI, basePointer = "") {
  if (schema && typeof schema == "object" && !Array.isArray(schema)) {
    const id2 = schema.$id || schema.id;
    if (id2) {
      const url = resolveURI(id2, baseURI);
      url.hash.length > 1 ? lookup[url.href] = schema : (url.hash = "", basePointer === "" ? baseURI = url : dereference(schema, lookup, baseURI));
    }
  } else if (schema !== !0 && schema !== !1)
    return lookup;
  const schemaURI = baseURI.href + (basePointer ? "#" + basePointer : "");
  if (lookup[schemaURI] !== void 0 && lookup[schemaURI] !== schema)
    throw new Error(`Duplicate schema URI "${schemaURI}".`);
  if (lookup[schemaURI] = schema, schema === !0 || schema === !1)
    return lookup;
  if (schema.__absolute_uri__ === void 0 && Object.defineProperty(schema, "__absolute_uri__", {
    enumerable: !1,
    value: schemaURI
  }), schema.$ref && schema.__absolute_ref__ === void 0) {
    const url = resolveURI(schema.$ref, baseURI);
    Object.defineProperty(schema, "__absolute_ref__", {
      enumerable: !1,
      value: url.href
    });
  }
  if (schema.$recursiveRef && schema.__absolute_recursive_ref__ === void 0) {
    const url = resolveURI(schema.$recursiveRef, baseURI);
    Object.defineProperty(schema, "__absolute_recursive_ref__", {
      enumerable: !1,
      value: url.href
    });
  }
  if (schema.$anchor) {
    const url = resolveURI("#" + schema.$anchor, baseURI);
    lookup[url.href] = schema;
  }
  for (let key in schema) {
    if (ignoredKeyword[key])
      continue;
    const keyBase = `${basePointer}/${encodePointer(key)}`, subSchema = schema[key];
    if (Array.isArray(subSchema)) {
      if (schemaArrayKeyword[key]) {
        const length = subSchema.length;
        for (let i = 0; i < length; i++)
          dereference(subSchema[i], lookup, baseURI, `${keyBase}/${i}`);
      }
    } else if (schemaMapKeyword[key])
      for (let subKey in subSchema)
        dereference(subSchema[subKey], lookup, baseURI, `${keyBase}/${encodePointer(subKey)}`);
    else
      dereference(subSchema, lookup, baseURI, keyBase);
  }
  return lookup;
}
function deepCompareStrict(a, b) {
  const typeofa = typeof a;
  if (typeofa !== typeof b)
    return !1;
  const aIsArray = Array.isArray(a), bIsArray = Array.isArray(b);
  if (aIsArray !== bIsArray)
    return !1;
  if (aIsArray) {
    const length = a.length;
    if (length !== b.length)
      return !1;
    for (let i = 0; i < length; i++)
      if (!deepCompareStrict(a[i], b[i]))
        return !1;
    return !0;
  }
  if (typeofa === "object") {
    if (!a || !b)
      return a === b;
    const aKeys = Object.keys(a), bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length)
      return !1;
    for (const k of aKeys)
      if (!Object.prototype.hasOwnProperty.call(b, k) || !deepCompareStrict(a[k], b[k]))
        return !1;
    return !0;
  }
  return a === b;
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], format_TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|([+-])(\d\d):(\d\d))?$/i, HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i, URIREF = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i, URITEMPLATE = /^(?:(?:[^\x00-\x20\x7f"<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?:\.(?:[a-z0-9_]|%[0-9a-f]{2})+)*(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?:\.(?:[a-z0-9_]|%[0-9a-f]{2})+)*(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i, URL_ = /^(?:(?:https?|ftp):\/\/)(?:\S+(?::\S*)?@)?(?:(?!10(?:\.\d{1,3}){3})(?!127(?:\.\d{1,3}){3})(?!169\.254(?:\.\d{1,3}){2})(?!192\.168(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z\u{00a1}-\u{ffff}0-9]+-?)*[a-z\u{00a1}-\u{ffff}0-9]+)(?:\.(?:[a-z\u{00a1}-\u{ffff}0-9]+-?)*[a-z\u{00a1}-\u{ffff}0-9]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu, UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i, JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/, JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i, RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/, EMAIL_ADDRESS = /^("(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"|[a-z0-9.!#$%&'*+/=?^_`{|}~-]+)@(.+)$/i, EMAIL = (input) => {
  const matches = input.match(EMAIL_ADDRESS);
  if (!matches)
    return !1;
  const name = matches[1], host = matches[2];
  if (!name || !host || name.length > 64 || host.length > 253 || name[0] !== '"' && (name[0] === "." || name.endsWith(".") || name.includes("..")))
    return !1;
  if (host.startsWith("[") && host.endsWith("]")) {
    const address = host.slice(1, -1);
    return /^ipv6:/i.test(address) ? IPV6.test(address.slice(5)) : IPV4.test(address);
  }
  return HOSTNAME.test(host);
}, IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/, IPV6 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i, DURATION = (input) => /^P(?:\d+W|(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)))$/.test(input);
function bind(r) {
  return r.test.bind(r);
}
const format = {
  date: format_date,
  time: format_time.bind(void 0, !0),
  "date-time": date_time,
  duration: DURATION,
  uri,
  "uri-reference": bind(URIREF),
  "uri-template": bind(URITEMPLATE),
  url: bind(URL_),
  email: EMAIL,
  hostname: bind(HOSTNAME),
  ipv4: bind(IPV4),
  ipv6: bind(IPV6),
  regex,
  uuid: bind(UUID),
  "json-pointer": bind(JSON_POINTER),
  "json-pointer-uri-fragment": bind(JSON_POINTER_URI_FRAGMENT),
  "relative-json-pointer": bind(RELATIVE_JSON_POINTER)
};
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function format_date(str) {
  const matches = str.match(DATE);
  if (!matches)
    return !1;
  const yearPart = matches[1], monthPart = matches[2], dayPart = matches[3];
  if (!yearPart || !monthPart || !dayPart)
    return !1;
  const year = +yearPart, month = +monthPart, day = +dayPart, maxDay = month == 2 && isLeapYear(year) ? 29 : DAYS[month];
  return month >= 1 && month <= 12 && day >= 1 && maxDay !== void 0 && day <= maxDay;
}
function format_time(full, str) {
  const matches = str.match(format_TIME);
  if (!matches)
    return !1;
  const hourPart = matches[1], minutePart = matches[2], secondPart = matches[3];
  if (!hourPart || !minutePart || !secondPart)
    return !1;
  const hour = +hourPart, minute = +minutePart, second = +secondPart, timeZone = matches[5], offsetSign = matches[6], offsetHour = +(matches[7] ?? 0), offsetMinute = +(matches[8] ?? 0);
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59 || full && timeZone === void 0)
    return !1;
  if (second < 60)
    return !0;
  const offsetDirection = offsetSign === "+" ? 1 : offsetSign === "-" ? -1 : 0;
  return (hour * 60 + minute - offsetDirection * (offsetHour * 60 + offsetMinute) + 1440) % 1440 === 1439;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function date_time(str) {
  const [datePart, timePart, extra] = str.split(DATE_TIME_SEPARATOR);
  return datePart !== void 0 && timePart !== void 0 && extra === void 0 && format_date(datePart) && format_time(!0, timePart);
}
const NOT_URI_FRAGMENT = /\/|:/, URI_PATTERN = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
  return NOT_URI_FRAGMENT.test(str) && URI_PATTERN.test(str);
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
  if (Z_ANCHOR.test(str))
    return !1;
  try {
    return new RegExp(str, "u"), !0;
  } catch {
    return !1;
  }
}
function ucs2length(s) {
  let result = 0, length = s.length, index = 0, charCode;
  for (; index < length; )
    result++, charCode = s.charCodeAt(index++), charCode >= 55296 && charCode <= 56319 && index < length && (charCode = s.charCodeAt(index), (charCode & 64512) == 56320 && index++);
  return result;
}
function validate_hasOwnProperty(instance, key) {
  return Object.prototype.hasOwnProperty.call(instance, key);
}
function decimalInteger(value) {
  const coefficientAndExponent = Math.abs(value).toString().split("e"), coefficient = coefficientAndExponent[0], exponent = coefficientAndExponent[1] ?? "0", point = coefficient.indexOf("."), fractionLength = point === -1 ? 0 : coefficient.length - point - 1;
  return [
    BigInt(coefficient.replace(".", "")),
    Number(exponent) - fractionLength
  ];
}
function isMultipleOf(instance, divisor) {
  if (!Number.isFinite(instance) || !Number.isFinite(divisor) || divisor <= 0)
    return !1;
  const [instanceCoefficient, instanceExponent] = decimalInteger(instance), [divisorCoefficient, divisorExponent] = decimalInteger(divisor), exponentDifference = instanceExponent - divisorExponent;
  return exponentDifference >= 0 ? instanceCoefficient * 10n ** BigInt(exponentDifference) % divisorCoefficient === 0n : instanceCoefficient % (divisorCoefficient * 10n ** BigInt(-exponentDifference)) === 0n;
}
function validate_validate(instance, schema, draft = "2019-09", lookup = dereference(schema), shortCircuit = !0, recursiveAnchor = null, instanceLocation = "#", schemaLocation = "#", evaluated = /* @__PURE__ */ Object.create(null)) {
  if (schema === !0)
    return { valid: !0, errors: [] };
  if (schema === !1)
    return {
      valid: !1,
      errors: [
        {
          instanceLocation,
          keyword: "false",
          keywordLocation: instanceLocation,
          error: "False boolean schema."
        }
      ]
    };
  const rawInstanceType = typeof instance;
  let instanceType;
  switch (rawInstanceType) {
    case "boolean":
    case "number":
    case "string":
      instanceType = rawInstanceType;
      break;
    case "object":
      instance === null ? instanceType = "null" : Array.isArray(instance) ? instanceType = "array" : instanceType = "object";
      break;
    default:
      throw new Error(`Instances of "${rawInstanceType}" type are not supported.`);
  }
  const { $ref, $recursiveRef, $recursiveAnchor, type: $type, const: $const, enum: $enum, required: $required, not: $not, anyOf: $anyOf, allOf: $allOf, oneOf: $oneOf, if: $if, then: $then, else: $else, format: $format, properties: $properties, patternProperties: $patternProperties, additionalProperties: $additionalProperties, unevaluatedProperties: $unevaluatedProperties, minProperties: $minProperties, maxProperties: $maxProperties, propertyNames: $propertyNames, dependentRequired: $dependentRequired, dependentSchemas: $dependentSchemas, dependencies: $dependencies, prefixItems: $prefixItems, items: $items, additionalItems: $additionalItems, unevaluatedItems: $unevaluatedItems, contains: $contains, minContains: $minContains, maxContains: $maxContains, minItems: $minItems, maxItems: $maxItems, uniqueItems: $uniqueItems, minimum: $minimum, maximum: $maximum, exclusiveMinimum: $exclusiveMinimum, exclusiveMaximum: $exclusiveMaximum, multipleOf: $multipleOf, minLength: $minLength, maxLength: $maxLength, pattern: $pattern, __absolute_ref__, __absolute_recursive_ref__ } = schema, errors = [];
  if ($recursiveAnchor === !0 && recursiveAnchor === null && (recursiveAnchor = schema), $recursiveRef === "#") {
    const refSchema = recursiveAnchor === null ? lookup[__absolute_recursive_ref__] : recursiveAnchor, keywordLocation = `${schemaLocation}/$recursiveRef`, result = validate_validate(instance, recursiveAnchor === null ? schema : recursiveAnchor, draft, lookup, shortCircuit, refSchema, instanceLocation, keywordLocation, evaluated);
    result.valid || errors.push({
      instanceLocation,
      keyword: "$recursiveRef",
      keywordLocation,
      error: "A subschema had errors."
    }, ...result.errors);
  }
  if ($ref !== void 0) {
    const refSchema = lookup[__absolute_ref__ || $ref];
    if (refSchema === void 0) {
      let message = `Unresolved $ref "${$ref}".`;
      throw __absolute_ref__ && __absolute_ref__ !== $ref && (message += `  Absolute URI "${__absolute_ref__}".`), message += `
Known schemas:
- ${Object.keys(lookup).join(`
- `)}`, new Error(message);
    }
    const keywordLocation = `${schemaLocation}/$ref`, result = validate_validate(instance, refSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation, evaluated);
    if (result.valid || errors.push({
      instanceLocation,
      keyword: "$ref",
      keywordLocation,
      error: "A subschema had errors."
    }, ...result.errors), draft === "4" || draft === "7")
      return { valid: errors.length === 0, errors };
  }
  if (Array.isArray($type)) {
    let length = $type.length, valid = !1;
    for (let i = 0; i < length; i++)
      if (instanceType === $type[i] || $type[i] === "integer" && instanceType === "number" && instance % 1 === 0 && instance === instance) {
        valid = !0;
        break;
      }
    valid || errors.push({
      instanceLocation,
      keyword: "type",
      keywordLocation: `${schemaLocation}/type`,
      error: `Instance type "${instanceType}" is invalid. Expected "${$type.join('", "')}".`
    });
  } else $type === "integer" ? (instanceType !== "number" || instance % 1 || instance !== instance) && errors.push({
    instanceLocation,
    keyword: "type",
    keywordLocation: `${schemaLocation}/type`,
    error: `Instance type "${instanceType}" is invalid. Expected "${$type}".`
  }) : $type !== void 0 && instanceType !== $type && errors.push({
    instanceLocation,
    keyword: "type",
    keywordLocation: `${schemaLocation}/type`,
    error: `Instance type "${instanceType}" is invalid. Expected "${$type}".`
  });
  if ($const !== void 0 && (instanceType === "object" || instanceType === "array" ? deepCompareStrict(instance, $const) || errors.push({
    instanceLocation,
    keyword: "const",
    keywordLocation: `${schemaLocation}/const`,
    error: `Instance does not match ${JSON.stringify($const)}.`
  }) : instance !== $const && errors.push({
    instanceLocation,
    keyword: "const",
    keywordLocation: `${schemaLocation}/const`,
    error: `Instance does not match ${JSON.stringify($const)}.`
  })), $enum !== void 0 && (instanceType === "object" || instanceType === "array" ? $enum.some((value) => deepCompareStrict(instance, value)) || errors.push({
    instanceLocation,
    keyword: "enum",
    keywordLocation: `${schemaLocation}/enum`,
    error: `Instance does not match any of ${JSON.stringify($enum)}.`
  }) : $enum.some((value) => instance === value) || errors.push({
    instanceLocation,
    keyword: "enum",
    keywordLocation: `${schemaLocation}/enum`,
    error: `Instance does not match any of ${JSON.stringify($enum)}.`
  })), $not !== void 0) {
    const keywordLocation = `${schemaLocation}/not`;
    validate_validate(instance, $not, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation).valid && errors.push({
      instanceLocation,
      keyword: "not",
      keywordLocation,
      error: 'Instance matched "not" schema.'
    });
  }
  let subEvaluateds = [];
  if ($anyOf !== void 0) {
    const keywordLocation = `${schemaLocation}/anyOf`, errorsLength = errors.length;
    let anyValid = !1;
    for (const [i, subSchema] of $anyOf.entries()) {
      const subEvaluated = Object.create(evaluated), result = validate_validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === !0 ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
      errors.push(...result.errors), anyValid = anyValid || result.valid, result.valid && subEvaluateds.push(subEvaluated);
    }
    anyValid ? errors.length = errorsLength : errors.splice(errorsLength, 0, {
      instanceLocation,
      keyword: "anyOf",
      keywordLocation,
      error: "Instance does not match any subschemas."
    });
  }
  if ($allOf !== void 0) {
    const keywordLocation = `${schemaLocation}/allOf`, errorsLength = errors.length;
    let allValid = !0;
    for (const [i, subSchema] of $allOf.entries()) {
      const subEvaluated = Object.create(evaluated), result = validate_validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === !0 ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
      errors.push(...result.errors), allValid = allValid && result.valid, result.valid && subEvaluateds.push(subEvaluated);
    }
    allValid ? errors.length = errorsLength : errors.splice(errorsLength, 0, {
      instanceLocation,
      keyword: "allOf",
      keywordLocation,
      error: "Instance does not match every subschema."
    });
  }
  if ($oneOf !== void 0) {
    const keywordLocation = `${schemaLocation}/oneOf`, errorsLength = errors.length, matches = $oneOf.filter((subSchema, i) => {
      const subEvaluated = Object.create(evaluated), result = validate_validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === !0 ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
      return errors.push(...result.errors), result.valid && subEvaluateds.push(subEvaluated), result.valid;
    }).length;
    matches === 1 ? errors.length = errorsLength : errors.splice(errorsLength, 0, {
      instanceLocation,
      keyword: "oneOf",
      keywordLocation,
      error: `Instance does not match exactly one subschema (${matches} matches).`
    });
  }
  if ((instanceType === "object" || instanceType === "array") && Object.assign(evaluated, ...subEvaluateds), $if !== void 0) {
    const keywordLocation = `${schemaLocation}/if`, ifEvaluated = /* @__PURE__ */ Object.create(null);
    if (validate_validate(instance, $if, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation, ifEvaluated).valid) {
      if (Object.assign(evaluated, ifEvaluated), $then !== void 0) {
        const thenResult = validate_validate(instance, $then, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${schemaLocation}/then`, evaluated);
        thenResult.valid || errors.push({
          instanceLocation,
          keyword: "if",
          keywordLocation,
          error: 'Instance does not match "then" schema.'
        }, ...thenResult.errors);
      }
    } else if ($else !== void 0) {
      const elseResult = validate_validate(instance, $else, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${schemaLocation}/else`, evaluated);
      elseResult.valid || errors.push({
        instanceLocation,
        keyword: "if",
        keywordLocation,
        error: 'Instance does not match "else" schema.'
      }, ...elseResult.errors);
    }
  }
  if (instanceType === "object") {
    if ($required !== void 0)
      for (const key of $required)
        validate_hasOwnProperty(instance, key) || errors.push({
          instanceLocation,
          keyword: "required",
          keywordLocation: `${schemaLocation}/required`,
          error: `Instance does not have required property "${key}".`
        });
    const keys = Object.keys(instance);
    if ($minProperties !== void 0 && keys.length < $minProperties && errors.push({
      instanceLocation,
      keyword: "minProperties",
      keywordLocation: `${schemaLocation}/minProperties`,
      error: `Instance does not have at least ${$minProperties} properties.`
    }), $maxProperties !== void 0 && keys.length > $maxProperties && errors.push({
      instanceLocation,
      keyword: "maxProperties",
      keywordLocation: `${schemaLocation}/maxProperties`,
      error: `Instance does not have at least ${$maxProperties} properties.`
    }), $propertyNames !== void 0) {
      const keywordLocation = `${schemaLocation}/propertyNames`;
      for (const key in instance) {
        const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`, result = validate_validate(key, $propertyNames, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
        result.valid || errors.push({
          instanceLocation,
          keyword: "propertyNames",
          keywordLocation,
          error: `Property name "${key}" does not match schema.`
        }, ...result.errors);
      }
    }
    if ($dependentRequired !== void 0) {
      const keywordLocation = `${schemaLocation}/dependantRequired`;
      for (const key in $dependentRequired)
        if (validate_hasOwnProperty(instance, key)) {
          const required = $dependentRequired[key];
          for (const dependantKey of required)
            validate_hasOwnProperty(instance, dependantKey) || errors.push({
              instanceLocation,
              keyword: "dependentRequired",
              keywordLocation,
              error: `Instance has "${key}" but does not have "${dependantKey}".`
            });
        }
    }
    if ($dependentSchemas !== void 0)
      for (const [key, dependentSchema] of Object.entries($dependentSchemas)) {
        const keywordLocation = `${schemaLocation}/dependentSchemas`;
        if (validate_hasOwnProperty(instance, key)) {
          const result = validate_validate(instance, dependentSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${keywordLocation}/${encodePointer(key)}`, evaluated);
          result.valid || errors.push({
            instanceLocation,
            keyword: "dependentSchemas",
            keywordLocation,
            error: `Instance has "${key}" but does not match dependant schema.`
          }, ...result.errors);
        }
      }
    if ($dependencies !== void 0) {
      const keywordLocation = `${schemaLocation}/dependencies`;
      for (const key in $dependencies)
        if (validate_hasOwnProperty(instance, key)) {
          const propsOrSchema = $dependencies[key];
          if (Array.isArray(propsOrSchema))
            for (const dependantKey of propsOrSchema)
              validate_hasOwnProperty(instance, dependantKey) || errors.push({
                instanceLocation,
                keyword: "dependencies",
                keywordLocation,
                error: `Instance has "${key}" but does not have "${dependantKey}".`
              });
          else {
            const result = validate_validate(instance, propsOrSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${keywordLocation}/${encodePointer(key)}`);
            result.valid || errors.push({
              instanceLocation,
              keyword: "dependencies",
              keywordLocation,
              error: `Instance has "${key}" but does not match dependant schema.`
            }, ...result.errors);
          }
        }
    }
    const thisEvaluated = /* @__PURE__ */ Object.create(null);
    let stop = !1;
    if ($properties !== void 0) {
      const keywordLocation = `${schemaLocation}/properties`;
      for (const [key, propertySchema] of Object.entries($properties)) {
        if (!validate_hasOwnProperty(instance, key))
          continue;
        const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`, result = validate_validate(instance[key], propertySchema, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, `${keywordLocation}/${encodePointer(key)}`);
        if (thisEvaluated[key] = !0, result.valid)
          evaluated[key] = !0;
        else if (stop = shortCircuit, errors.push({
          instanceLocation,
          keyword: "properties",
          keywordLocation,
          error: `Property "${key}" does not match schema.`
        }, ...result.errors), stop)
          break;
      }
    }
    if (!stop && $patternProperties !== void 0) {
      const keywordLocation = `${schemaLocation}/patternProperties`;
      for (const [pattern, subSchema] of Object.entries($patternProperties)) {
        const regex2 = new RegExp(pattern, "u");
        for (const key in instance) {
          if (!regex2.test(key))
            continue;
          const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`, result = validate_validate(instance[key], subSchema, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, `${keywordLocation}/${encodePointer(pattern)}`);
          thisEvaluated[key] = !0, result.valid ? evaluated[key] = !0 : (stop = shortCircuit, errors.push({
            instanceLocation,
            keyword: "patternProperties",
            keywordLocation,
            error: `Property "${key}" matches pattern "${pattern}" but does not match associated schema.`
          }, ...result.errors));
        }
      }
    }
    if (!stop && $additionalProperties !== void 0) {
      const keywordLocation = `${schemaLocation}/additionalProperties`;
      for (const key in instance) {
        if (thisEvaluated[key])
          continue;
        const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`, result = validate_validate(instance[key], $additionalProperties, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
        result.valid ? evaluated[key] = !0 : (stop = shortCircuit, errors.push({
          instanceLocation,
          keyword: "additionalProperties",
          keywordLocation,
          error: `Property "${key}" does not match additional properties schema.`
        }, ...result.errors));
      }
    } else if (!stop && $unevaluatedProperties !== void 0) {
      const keywordLocation = `${schemaLocation}/unevaluatedProperties`;
      for (const key in instance)
        if (!evaluated[key]) {
          const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`, result = validate_validate(instance[key], $unevaluatedProperties, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
          result.valid ? evaluated[key] = !0 : errors.push({
            instanceLocation,
            keyword: "unevaluatedProperties",
            keywordLocation,
            error: `Property "${key}" does not match unevaluated properties schema.`
          }, ...result.errors);
        }
    }
  } else if (instanceType === "array") {
    $maxItems !== void 0 && instance.length > $maxItems && errors.push({
      instanceLocation,
      keyword: "maxItems",
      keywordLocation: `${schemaLocation}/maxItems`,
      error: `Array has too many items (${instance.length} > ${$maxItems}).`
    }), $minItems !== void 0 && instance.length < $minItems && errors.push({
      instanceLocation,
      keyword: "minItems",
      keywordLocation: `${schemaLocation}/minItems`,
      error: `Array has too few items (${instance.length} < ${$minItems}).`
    });
    const length = instance.length;
    let i = 0, stop = !1;
    if ($prefixItems !== void 0) {
      const keywordLocation = `${schemaLocation}/prefixItems`, length2 = Math.min($prefixItems.length, length);
      for (; i < length2; i++) {
        const result = validate_validate(instance[i], $prefixItems[i], draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, `${keywordLocation}/${i}`);
        if (evaluated[i] = !0, !result.valid && (stop = shortCircuit, errors.push({
          instanceLocation,
          keyword: "prefixItems",
          keywordLocation,
          error: "Items did not match schema."
        }, ...result.errors), stop))
          break;
      }
    }
    if ($items !== void 0) {
      const keywordLocation = `${schemaLocation}/items`;
      if (Array.isArray($items)) {
        const length2 = Math.min($items.length, length);
        for (; i < length2; i++) {
          const result = validate_validate(instance[i], $items[i], draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, `${keywordLocation}/${i}`);
          if (evaluated[i] = !0, !result.valid && (stop = shortCircuit, errors.push({
            instanceLocation,
            keyword: "items",
            keywordLocation,
            error: "Items did not match schema."
          }, ...result.errors), stop))
            break;
        }
      } else
        for (; i < length; i++) {
          const result = validate_validate(instance[i], $items, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation);
          if (evaluated[i] = !0, !result.valid && (stop = shortCircuit, errors.push({
            instanceLocation,
            keyword: "items",
            keywordLocation,
            error: "Items did not match schema."
          }, ...result.errors), stop))
            break;
        }
      if (!stop && $additionalItems !== void 0) {
        const keywordLocation2 = `${schemaLocation}/additionalItems`;
        for (; i < length; i++) {
          const result = validate_validate(instance[i], $additionalItems, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation2);
          evaluated[i] = !0, result.valid || (stop = shortCircuit, errors.push({
            instanceLocation,
            keyword: "additionalItems",
            keywordLocation: keywordLocation2,
            error: "Items did not match additional items schema."
          }, ...result.errors));
        }
      }
    }
    if ($contains !== void 0)
      if (length === 0 && $minContains === void 0)
        errors.push({
          instanceLocation,
          keyword: "contains",
          keywordLocation: `${schemaLocation}/contains`,
          error: "Array is empty. It must contain at least one item matching the schema."
        });
      else if ($minContains !== void 0 && length < $minContains)
        errors.push({
          instanceLocation,
          keyword: "minContains",
          keywordLocation: `${schemaLocation}/minContains`,
          error: `Array has less items (${length}) than minContains (${$minContains}).`
        });
      else {
        const keywordLocation = `${schemaLocation}/contains`, errorsLength = errors.length;
        let contained = 0;
        for (let j = 0; j < length; j++) {
          const result = validate_validate(instance[j], $contains, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${j}`, keywordLocation);
          result.valid ? (evaluated[j] = !0, contained++) : errors.push(...result.errors);
        }
        contained >= ($minContains || 0) && (errors.length = errorsLength), $minContains === void 0 && contained === 0 ? errors.splice(errorsLength, 0, {
          instanceLocation,
          keyword: "contains",
          keywordLocation,
          error: "Array does not contain item matching schema."
        }) : $minContains !== void 0 && contained < $minContains ? errors.push({
          instanceLocation,
          keyword: "minContains",
          keywordLocation: `${schemaLocation}/minContains`,
          error: `Array must contain at least ${$minContains} items matching schema. Only ${contained} items were found.`
        }) : $maxContains !== void 0 && contained > $maxContains && errors.push({
          instanceLocation,
          keyword: "maxContains",
          keywordLocation: `${schemaLocation}/maxContains`,
          error: `Array may contain at most ${$maxContains} items matching schema. ${contained} items were found.`
        });
      }
    if (!stop && $unevaluatedItems !== void 0) {
      const keywordLocation = `${schemaLocation}/unevaluatedItems`;
      for (i; i < length; i++) {
        if (evaluated[i])
          continue;
        const result = validate_validate(instance[i], $unevaluatedItems, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation);
        evaluated[i] = !0, result.valid || errors.push({
          instanceLocation,
          keyword: "unevaluatedItems",
          keywordLocation,
          error: "Items did not match unevaluated items schema."
        }, ...result.errors);
      }
    }
    if ($uniqueItems)
      for (let j = 0; j < length; j++) {
        const a = instance[j], ao = typeof a == "object" && a !== null;
        for (let k = 0; k < length; k++) {
          if (j === k)
            continue;
          const b = instance[k];
          (a === b || ao && (typeof b == "object" && b !== null) && deepCompareStrict(a, b)) && (errors.push({
            instanceLocation,
            keyword: "uniqueItems",
            keywordLocation: `${schemaLocation}/uniqueItems`,
            error: `Duplicate items at indexes ${j} and ${k}.`
          }), j = Number.MAX_SAFE_INTEGER, k = Number.MAX_SAFE_INTEGER);
        }
      }
  } else if (instanceType === "number")
    draft === "4" ? ($minimum !== void 0 && ($exclusiveMinimum === !0 && instance <= $minimum || instance < $minimum) && errors.push({
      instanceLocation,
      keyword: "minimum",
      keywordLocation: `${schemaLocation}/minimum`,
      error: `${instance} is less than ${$exclusiveMinimum ? "or equal to " : ""} ${$minimum}.`
    }), $maximum !== void 0 && ($exclusiveMaximum === !0 && instance >= $maximum || instance > $maximum) && errors.push({
      instanceLocation,
      keyword: "maximum",
      keywordLocation: `${schemaLocation}/maximum`,
      error: `${instance} is greater than ${$exclusiveMaximum ? "or equal to " : ""} ${$maximum}.`
    })) : ($minimum !== void 0 && instance < $minimum && errors.push({
      instanceLocation,
      keyword: "minimum",
      keywordLocation: `${schemaLocation}/minimum`,
      error: `${instance} is less than ${$minimum}.`
    }), $maximum !== void 0 && instance > $maximum && errors.push({
      instanceLocation,
      keyword: "maximum",
      keywordLocation: `${schemaLocation}/maximum`,
      error: `${instance} is greater than ${$maximum}.`
    }), $exclusiveMinimum !== void 0 && instance <= $exclusiveMinimum && errors.push({
      instanceLocation,
      keyword: "exclusiveMinimum",
      keywordLocation: `${schemaLocation}/exclusiveMinimum`,
      error: `${instance} is less than ${$exclusiveMinimum}.`
    }), $exclusiveMaximum !== void 0 && instance >= $exclusiveMaximum && errors.push({
      instanceLocation,
      keyword: "exclusiveMaximum",
      keywordLocation: `${schemaLocation}/exclusiveMaximum`,
      error: `${instance} is greater than or equal to ${$exclusiveMaximum}.`
    })), $multipleOf !== void 0 && (isMultipleOf(instance, $multipleOf) || errors.push({
      instanceLocation,
      keyword: "multipleOf",
      keywordLocation: `${schemaLocation}/multipleOf`,
      error: `${instance} is not a multiple of ${$multipleOf}.`
    }));
  else if (instanceType === "string") {
    const length = $minLength === void 0 && $maxLength === void 0 ? 0 : ucs2length(instance);
    $minLength !== void 0 && length < $minLength && errors.push({
      instanceLocation,
      keyword: "minLength",
      keywordLocation: `${schemaLocation}/minLength`,
      error: `String is too short (${length} < ${$minLength}).`
    }), $maxLength !== void 0 && length > $maxLength && errors.push({
      instanceLocation,
      keyword: "maxLength",
      keywordLocation: `${schemaLocation}/maxLength`,
      error: `String is too long (${length} > ${$maxLength}).`
    }), $pattern !== void 0 && !new RegExp($pattern, "u").test(instance) && errors.push({
      instanceLocation,
      keyword: "pattern",
      keywordLocation: `${schemaLocation}/pattern`,
      error: "String does not match pattern."
    }), $format !== void 0 && format[$format] && !format[$format](instance) && errors.push({
      instanceLocation,
      keyword: "format",
      keywordLocation: `${schemaLocation}/format`,
      error: `String does not match format "${$format}".`
    });
  }
  return { valid: errors.length === 0, errors };
}
class Validator {
  schema;
  draft;
  shortCircuit;
  lookup;
  constructor(schema, draft = "2019-09", shortCircuit = !0) {
    this.schema = schema, this.draft = draft, this.shortCircuit = shortCircuit, this.lookup = dereference(schema);
  }
  validate(instance) {
    return validate_validate(instance, this.schema, this.draft, this.lookup, this.shortCircuit);
  }
  addSchema(schema, id2) {
    id2 && (schema = { ...schema, $id: id2 }), dereference(schema, this.lookup);
  }
}
const CHECKED_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "required",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems"
]), SUBSCHEMA_KEYWORDS = ["items", "additionalProperties"], MAX_DEPTH = 8, mapValues = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
function checkedSubset(schema, depth = 0) {
  if (typeof schema == "boolean")
    return schema;
  if (!isJsonObject(schema) || depth >= MAX_DEPTH)
    return !0;
  const inner = (s) => checkedSubset(s, depth + 1), kept = Object.entries(schema).filter(([keyword]) => CHECKED_KEYWORDS.has(keyword)), subschemas = SUBSCHEMA_KEYWORDS.flatMap((k) => k in schema ? [[k, inner(schema[k])]] : []), properties = isJsonObject(schema.properties) ? [["properties", mapValues(schema.properties, inner)]] : [];
  return Object.fromEntries([...kept, ...subschemas, ...properties]);
}
const MAX_SCHEMA_CHARS = 64 * 1024, MAX_AUTH_SPECS = 64, MAX_SHOWN_PARAM = 100, MAX_PROBLEMS = 20, listedAtMost = (n, lines) => lines.length <= n ? lines : [...lines.slice(0, n), `and ${lines.length - n} more`], specText = stringMatching(/^(?!.*(?:::|##\[))[^\p{C}\u2028\u2029]{1,256}$/u, "not one printable line of 1 to 256 characters"), jsonObject = (/* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown())).check(/* @__PURE__ */ refine((value) => JSON.stringify(value).length <= MAX_SCHEMA_CHARS, `larger than ${MAX_SCHEMA_CHARS} characters`)), authSpecSchema = /* @__PURE__ */ object({ name: specText, spec: jsonObject }), connectionSpecSchema = /* @__PURE__ */ object({
  id: stringMatching(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, "not a UUID"),
  name: specText,
  authSpec: (/* @__PURE__ */ array(authSpecSchema)).check(/* @__PURE__ */ _maxLength(MAX_AUTH_SPECS)),
  sourceSpec: /* @__PURE__ */ optional(/* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown())),
  exploreSpec: /* @__PURE__ */ optional(/* @__PURE__ */ object({ type: /* @__PURE__ */ optional((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _maxLength(256))) }))
}), connectionSpecAnswer = /* @__PURE__ */ object({ items: /* @__PURE__ */ tuple([connectionSpecSchema]) }), isSource = (spec) => spec.sourceSpec !== void 0, verifiedBy = (spec) => spec.exploreSpec?.type === "Tabular" ? "explore" : "test", propertiesOf = (auth) => isJsonObject(auth.spec.properties) ? auth.spec.properties : {};
function secretParams(auth) {
  return Object.entries(propertiesOf(auth)).flatMap(([name, p]) => isJsonObject(p) && p.format === "password" ? [name] : []);
}
function expectation(keyword, param) {
  const types = [(isJsonObject(param) ? param : {}).type].flat().filter((t) => typeof t == "string");
  return keyword === "type" && types.length > 0 ? `must be of type ${types.join(" or ")}` : keyword === "false" ? "is not a parameter of this auth spec" : `does not satisfy the auth spec's "${keyword}" rule`;
}
function paramAt(unit) {
  const segment = /^#\/([^/]+)/.exec(unit.instanceLocation)?.[1];
  if (segment === void 0)
    return;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}
function paramProblems(auth, params, inputOf) {
  let units;
  try {
    const result = new Validator(checkedSubset(auth.spec), "7", !1).validate(params);
    if (result.valid)
      return [];
    units = result.errors;
  } catch {
    throw new Error(`The JSON Schema of auth spec "${auth.name}" cannot be applied: an unexpected answer from Flow Service.`);
  }
  const properties = propertiesOf(auth), required = Array.isArray(auth.spec.required) ? auth.spec.required : [], problems = /* @__PURE__ */ new Map(), describe = (param, what2) => {
    const shown = JSON.stringify(clip(param, MAX_SHOWN_PARAM));
    problems.has(param) || problems.set(param, `${inputOf(param)} ${what2} (param ${shown})`);
  };
  for (const name of required)
    typeof name == "string" && !Object.hasOwn(params, name) && describe(name, "is required");
  for (const unit of units) {
    const param = paramAt(unit);
    param !== void 0 && describe(param, expectation(unit.keyword, properties[param]));
  }
  if (problems.size > 0)
    return listedAtMost(MAX_PROBLEMS, [...problems.values()]);
  const rule = clip(units[0]?.keyword ?? "unknown", 40);
  return [`the params do not satisfy auth spec "${auth.name}" (rule "${rule}")`];
}
const authSpecNamed = (spec, name) => spec.authSpec.find((a) => a.name === name);
function authProblems(spec, auth, inputs) {
  if (!isSource(spec))
    return [
      `connection spec ${spec.id} ("${spec.name}") is not a source's: it has no sourceSpec (a destination's spec has a targetSpec instead). Check connection-spec-id.`
    ];
  const named = authSpecNamed(spec, auth.specName);
  if (named === void 0) {
    const valid = spec.authSpec.map((a) => JSON.stringify(a.name)).join(", ") || "none";
    return [
      `${inputs.specName} asks for auth spec ${JSON.stringify(clip(auth.specName, MAX_SHOWN_PARAM))}, which connection spec ${spec.id} does not have; its auth specs are: ${valid}`
    ];
  }
  return paramProblems(named, auth.params, inputs.param);
}
const mappingSetId = stringMatching(/^[0-9a-f-]{24,36}$/i, "not a mapping set id"), mappingVersion = (/* @__PURE__ */ schemas_number()).check(schemas_int(), /* @__PURE__ */ _nonnegative());
const id = stringMatching(/^[0-9a-f-]{36}$/i, "not a UUID"), etag = stringMatching(/^[\x20-\x7e]{1,256}$/, "not one line of printable ASCII (1 to 256)"), state = stringMatching(/^[a-z][a-z_-]{0,31}$/, "not a short lowercase word"), MAX_LINK = 2048, connectionSchema = /* @__PURE__ */ object({
  id,
  name: /* @__PURE__ */ schemas_string(),
  description: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
  state: /* @__PURE__ */ optional(state),
  etag,
  auth: /* @__PURE__ */ optional(/* @__PURE__ */ object({
    specName: /* @__PURE__ */ schemas_string(),
    params: /* @__PURE__ */ optional(/* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown()))
  })),
  connectionSpec: /* @__PURE__ */ object({ id: /* @__PURE__ */ schemas_string(), version: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }),
  /** Epoch milliseconds. */
  createdAt: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_number())
}), specRef = /* @__PURE__ */ object({ id: /* @__PURE__ */ schemas_string(), version: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }), columnSchema = /* @__PURE__ */ object({
  name: /* @__PURE__ */ schemas_string(),
  type: /* @__PURE__ */ schemas_string(),
  xdm: /* @__PURE__ */ optional(/* @__PURE__ */ object({ type: /* @__PURE__ */ schemas_string(), format: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }))
}), sourceConnectionSchema = /* @__PURE__ */ object({
  id,
  name: /* @__PURE__ */ schemas_string(),
  etag,
  state: /* @__PURE__ */ optional(state),
  baseConnectionId: /* @__PURE__ */ schemas_string(),
  connectionSpec: specRef,
  params: /* @__PURE__ */ optional(/* @__PURE__ */ object({
    tableName: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
    columns: /* @__PURE__ */ optional(/* @__PURE__ */ array(columnSchema))
  }))
}), targetConnectionSchema = /* @__PURE__ */ object({
  id,
  name: /* @__PURE__ */ schemas_string(),
  etag,
  state: /* @__PURE__ */ optional(state),
  connectionSpec: specRef,
  data: /* @__PURE__ */ optional(/* @__PURE__ */ object({ schema: /* @__PURE__ */ optional(/* @__PURE__ */ object({ id: /* @__PURE__ */ schemas_string(), version: /* @__PURE__ */ schemas_string() })) })),
  params: /* @__PURE__ */ optional(/* @__PURE__ */ object({ dataSetId: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()) }))
}), scheduleSchema = /* @__PURE__ */ object({
  startTime: /* @__PURE__ */ schemas_number(),
  frequency: /* @__PURE__ */ schemas_string(),
  interval: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_number()),
  backfill: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_boolean())
}), mappingParams = /* @__PURE__ */ object({ mappingId: mappingSetId, mappingVersion }), transformation = (/* @__PURE__ */ object({ name: /* @__PURE__ */ schemas_string(), params: /* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown()) })).check(/* @__PURE__ */ refine((t) => t.name !== "Mapping" || mappingParams.safeParse(t.params).success, {
  message: "a Mapping transformation needs a mapping set id and a whole mappingVersion",
  path: ["params"]
})), flowSchema = /* @__PURE__ */ object({
  id,
  name: /* @__PURE__ */ schemas_string(),
  etag,
  state: /* @__PURE__ */ optional(state),
  flowSpec: specRef,
  sourceConnectionIds: /* @__PURE__ */ array(id),
  targetConnectionIds: /* @__PURE__ */ array(id),
  transformations: /* @__PURE__ */ optional(/* @__PURE__ */ array(transformation)),
  scheduleParams: /* @__PURE__ */ optional(scheduleSchema)
}), count = (/* @__PURE__ */ schemas_number()).check(schemas_int(), /* @__PURE__ */ _nonnegative()), runSchema = /* @__PURE__ */ object({
  id,
  flowId: id,
  /** Epoch milliseconds. */
  createdAt: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_number()),
  metrics: /* @__PURE__ */ optional(/* @__PURE__ */ object({
    recordSummary: /* @__PURE__ */ optional(/* @__PURE__ */ object({
      inputRecordCount: /* @__PURE__ */ optional(count),
      outputRecordCount: /* @__PURE__ */ optional(count),
      failedRecordCount: /* @__PURE__ */ optional(count)
    })),
    statusSummary: /* @__PURE__ */ optional(/* @__PURE__ */ object({
      status: stringMatching(/^[A-Za-z][\w-]{0,31}$/, "not a short word"),
      errors: /* @__PURE__ */ optional(/* @__PURE__ */ array(/* @__PURE__ */ object({ code: /* @__PURE__ */ schemas_string(), message: /* @__PURE__ */ schemas_string() })))
    }))
  }))
}), COLLECTIONS = {
  connections: connectionSchema,
  sourceConnections: sourceConnectionSchema,
  targetConnections: targetConnectionSchema,
  flows: flowSchema,
  runs: runSchema
}, pageSchema = (item) => /* @__PURE__ */ object({
  items: /* @__PURE__ */ array(item),
  _links: /* @__PURE__ */ optional(/* @__PURE__ */ object({
    next: /* @__PURE__ */ optional(/* @__PURE__ */ object({
      href: (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(MAX_LINK, "longer than 2048 characters"))
    }))
  }))
}), writeRefSchema = /* @__PURE__ */ object({ id, etag }), exploreSchema = /* @__PURE__ */ array(/* @__PURE__ */ object({ type: /* @__PURE__ */ schemas_string(), name: /* @__PURE__ */ schemas_string() })), tableSchema = /* @__PURE__ */ object({ schema: /* @__PURE__ */ object({ columns: /* @__PURE__ */ array(columnSchema) }) }), flowSpecSchema = /* @__PURE__ */ object({
  id,
  name: /* @__PURE__ */ schemas_string(),
  sourceConnectionSpecIds: /* @__PURE__ */ array(/* @__PURE__ */ schemas_string())
}), flowSpecPageSchema = /* @__PURE__ */ object({ items: /* @__PURE__ */ array(flowSpecSchema) }), FLOW_SERVICE_PATH = "/data/foundation/flowservice", client_MAX_PAGES = 1e3, MAX_ITEMS = 1e5, MAX_SHOWN_LINK = 300, testAnswer = /* @__PURE__ */ object({ result: /* @__PURE__ */ schemas_boolean() });
function flowServiceClient(o) {
  const base = new URL(`${o.platformUrl}${FLOW_SERVICE_PATH}`), send = service_platformSender(o, base), schemaOf = (collection) => COLLECTIONS[collection], page = (collection, path2) => send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, pageSchema(schemaOf(collection)))), ref = (label, r) => json_answer_parseJsonAnswer(label, r, writeRefSchema), idPath = (collection, id2) => `/${collection}/${encodeURIComponent(id2)}`;
  async function get(collection, id2) {
    const answer = await page(collection, idPath(collection, id2)), [item] = answer.items;
    if (!item)
      throw new Error(`GET /${collection}/${id2} answered with no item`);
    if (item.id.toLowerCase() !== id2.toLowerCase())
      throw new Error(`GET /${collection}/${id2} answered with another item (${item.id})`);
    return item;
  }
  const isNotFound = (error2) => error2 instanceof ApiError && error2.details.status === 404, isGoing = (error2) => error2 instanceof ApiError && error2.code === "1458-400";
  function nextPath(collection, href) {
    const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(href), rooted = href.startsWith("/") ? href : `/${href}`, under = rooted.startsWith(`${base.pathname}/`) ? rooted : `${base.pathname}${rooted}`, url = absolute ? new URL(href) : new URL(under, base.origin);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${base.pathname}/`))
      throw new Error(`GET /${collection}: the next-page link leaves ${base.href}: ${clip(url.href, MAX_SHOWN_LINK)}`);
    return `${url.pathname.slice(base.pathname.length)}${url.search}`;
  }
  function unbounded(collection, what2) {
    return new Error(`GET /${collection}: ${what2}; the lookup reads at most ${client_MAX_PAGES} pages or ${MAX_ITEMS} items, so it stopped there.`);
  }
  return {
    async *list(collection, filters) {
      const query = filters.map((f) => `property=${encodeURIComponent(f)}`).join("&"), seen = /* @__PURE__ */ new Set();
      let items = 0, path2 = `/${collection}${query ? `?${query}` : ""}`;
      for (; path2 && !seen.has(path2); ) {
        if (seen.size === client_MAX_PAGES)
          throw unbounded(collection, `Flow Service still offered a next page after ${client_MAX_PAGES} pages (${items} items)`);
        seen.add(path2);
        const answer = await page(collection, path2);
        if (items += answer.items.length, items > MAX_ITEMS)
          throw unbounded(collection, `Flow Service listed ${items} items in ${seen.size} pages`);
        const href = answer._links?.next?.href;
        path2 = href ? nextPath(collection, href) : void 0, yield answer.items;
      }
    },
    get,
    async find(collection, id2) {
      try {
        return await get(collection, id2);
      } catch (error2) {
        if (isNotFound(error2))
          return;
        throw error2;
      }
    },
    async delete(collection, id2) {
      try {
        await send({ method: "DELETE", path: idPath(collection, id2) }, () => {
        });
      } catch (error2) {
        if (!isNotFound(error2) && !isGoing(error2))
          throw error2;
      }
    },
    create(collection, body, reconcile) {
      return send({ method: "POST", path: `/${collection}`, body }, ref, reconcile);
    },
    patch(collection, id2, etag2, operations, reconcile) {
      const patch = {
        method: "PATCH",
        path: idPath(collection, id2),
        body: operations,
        headers: { "If-Match": etag2 }
      };
      return send(patch, ref, reconcile);
    },
    async exploreTable(id2, object2) {
      const path2 = `${idPath("connections", id2)}/explore?objectType=table&object=${encodeURIComponent(object2)}`;
      return (await send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, tableSchema))).schema.columns;
    },
    async flowSpecs(name) {
      const path2 = `/flowSpecs?property=${encodeURIComponent(`name==${name}`)}`;
      return (await send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, flowSpecPageSchema))).items;
    },
    async connectionSpec(id2) {
      const path2 = `/connectionSpecs/${encodeURIComponent(id2)}`, answer = await send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, connectionSpecAnswer)).catch((error2) => {
        throw isNotFound(error2) ? new Error(`GET /connectionSpecs/${id2} answered 404: Flow Service knows no connection spec ${id2}; check connection-spec-id`, { cause: error2 }) : error2;
      }), [spec] = answer.items;
      if (spec.id.toLowerCase() !== id2.toLowerCase())
        throw new Error(`GET /connectionSpecs/${id2} answered with another spec (${spec.id})`);
      return spec;
    },
    async test(id2) {
      const path2 = `${idPath("connections", id2)}/test`;
      return (await send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, testAnswer))).result;
    },
    explore(id2) {
      const path2 = `${idPath("connections", id2)}/explore?objectType=root`;
      return send({ method: "GET", path: path2 }, (label, r) => json_answer_parseJsonAnswer(label, r, exploreSchema));
    }
  };
}
function updatePatch(existing, desired) {
  const patch = existing.auth?.specName !== desired.auth.specName ? [{ op: "replace", path: "/auth", value: desired.auth }] : [{ op: "replace", path: "/auth/params", value: desired.auth.params }];
  if (desired.description !== void 0) {
    const op = existing.description === void 0 ? "add" : "replace";
    patch.push({ op, path: "/description", value: desired.description });
  }
  return patch;
}
function oldestFirst(connections) {
  const dated = connections.every((c) => c.createdAt !== void 0);
  return { ordered: dated ? [...connections].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0)) : connections, dated };
}
const created = (c) => c.createdAt === void 0 ? "" : ` (created ${new Date(c.createdAt).toISOString()})`;
function twinsReason(matches, desired) {
  const { ordered, dated } = oldestFirst(matches), sandbox = desired.sandboxName;
  return [
    `${matches.length} connections are named "${desired.name}" in sandbox ${sandbox}, ${dated ? "oldest first" : "in list order"}:`,
    ...ordered.map((c) => `- ${c.id}${created(c)}`),
    `Only you can tell which one is right. Keep it and delete the others: DELETE ${FLOW_SERVICE_PATH}/connections/{id} (with the x-sandbox-name: ${sandbox} header), or Experience Platform's Sources UI (Sources \u2192 Accounts, in sandbox ${sandbox}). Then run again.`
  ].join(`
`);
}
function planConnection(ifExists, matches, desired) {
  const [first] = matches;
  if (!first || ifExists === "create")
    return { action: "create" };
  if (ifExists === "fail") {
    const ids = matches.map((c) => c.id).join(", ");
    return {
      action: "fail",
      reason: `A connection named "${desired.name}" already exists (${ids}) and if-exists is fail.`
    };
  }
  return matches.length > 1 ? { action: "fail", reason: twinsReason(matches, desired) } : ifExists === "reuse" ? { action: "reuse", connection: first } : {
    action: "update",
    connection: first,
    patch: updatePatch(first, desired),
    authTypeChanged: first.auth?.specName !== desired.auth.specName
  };
}
const SALESFORCE_AUTH_TYPES = [
  "oauth2-client-credential",
  "basic",
  "oauth2-jwt-token"
], AUTH_SPEC_NAMES = {
  "oauth2-client-credential": "OAuth2 Client Credential",
  basic: "Basic Authentication",
  "oauth2-jwt-token": "OAuth2 JWT Token Credential"
};
function credentialParams(auth) {
  switch (auth.type) {
    case "basic":
      return {
        username: auth.username,
        password: auth.password,
        securityToken: auth.securityToken
      };
    case "oauth2-client-credential":
      return {
        clientId: auth.clientId,
        clientSecret: auth.clientSecret,
        includeDeletedObjects: auth.includeDeletedObjects
      };
    case "oauth2-jwt-token":
      return { jwtToken: auth.jwtToken, clientId: auth.clientId, clientSecret: auth.clientSecret };
  }
}
function salesforceAuth(config2) {
  const { auth } = config2, params = auth.type === "oauth2-jwt-token" ? { ...credentialParams(auth), instanceUrl: config2.environmentUrl } : {
    environmentUrl: config2.environmentUrl,
    ...credentialParams(auth),
    ...config2.apiVersion ? { apiVersion: config2.apiVersion } : {}
  };
  return { specName: AUTH_SPEC_NAMES[auth.type], params };
}
function createConnectionBody(connection, auth) {
  return {
    name: connection.name,
    ...connection.description !== void 0 ? { description: connection.description } : {},
    auth,
    connectionSpec: { id: connection.specId, version: connection.specVersion }
  };
}
const ORG_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
function salesforceOrgId(connection) {
  const orgId = connection?.auth?.params?.orgId;
  return typeof orgId == "string" && ORG_ID.test(orgId) ? orgId : void 0;
}
async function orCheckByHand(write, check) {
  try {
    return await write;
  } catch (error2) {
    throw error2 instanceof UnconfirmedWriteError ? new Error(`${error2.message}: ${check} before running again.`, { cause: error2 }) : error2;
  }
}
function createConnection(flow, body, target, sandbox, existingIds, log) {
  const created2 = flow.create("connections", body, async () => {
    log.info(`Looking "${target.name}" up again: the POST may have created it`);
    const fresh = (await findByName(flow, target.name, target.specId)).filter((c) => !existingIds.has(c.id));
    if (fresh.length > 1) {
      const ids = fresh.map((c) => c.id).join(", ");
      throw new Error(`While POST /connections was retried, ${fresh.length} new connections named "${target.name}" appeared (${ids}): another run may be creating it too. Keep one and delete the others.`);
    }
    const [made] = fresh;
    return made && log.info(`The POST did create connection ${made.id}; taking it`), made && { id: made.id, etag: made.etag };
  });
  return orCheckByHand(created2, `look for connection "${target.name}" in sandbox ${sandbox}`);
}
function patchOnce(flow, id2, etag2, plan, sandbox, log) {
  const patched = flow.patch("connections", id2, etag2, plan.patch, async () => {
    const current = await flow.get("connections", id2);
    if (current.etag !== etag2)
      return log.info(`Connection ${id2} has a new etag after the PATCH: the update took effect`), { id: id2, etag: current.etag };
  });
  return orCheckByHand(patched, `check connection ${id2} in sandbox ${sandbox}`);
}
async function updateConnection(flow, plan, desired, log) {
  const { id: id2, etag: etag2 } = plan.connection, sandbox = desired.sandboxName;
  try {
    return await patchOnce(flow, id2, etag2, plan, sandbox, log);
  } catch (error2) {
    if (!(error2 instanceof ApiError && error2.code === "1404-412"))
      throw error2;
    log.info(`PATCH answered 412: connection ${id2} changed meanwhile; re-reading it and trying once more`);
    const current = await flow.get("connections", id2), retry = { ...plan, connection: current, patch: updatePatch(current, desired) };
    return patchOnce(flow, id2, current.etag, retry, sandbox, log);
  }
}
async function applyPlan(writer, plan, existing) {
  const { flow, log, identity, desired } = writer;
  if (plan.action === "reuse") {
    const { id: id2, etag: etag2, state: state2 } = plan.connection;
    return log.info(`Reusing connection ${id2}`), { outcome: "reused", ref: { id: id2, etag: etag2 }, ...state2 ? { state: state2 } : {} };
  }
  if (plan.action === "update") {
    plan.authTypeChanged && log.info(`Auth type changes from "${plan.connection.auth?.specName}" to "${desired.auth.specName}": replacing /auth as a whole`);
    const ref2 = await updateConnection(flow, plan, desired, log);
    return log.info(`Updated connection ${ref2.id}: credentials replaced, new etag ${ref2.etag}`), { outcome: "updated", ref: ref2 };
  }
  const ids = new Set(existing.map((c) => c.id)), body = createConnectionBody(identity, desired.auth), ref = await createConnection(flow, body, identity, desired.sandboxName, ids, log);
  return log.info(`Created connection ${ref.id}`), { outcome: "created", ref };
}
const SECRET_PARAMS = /* @__PURE__ */ new Set([
  "clientSecret",
  "password",
  "securityToken",
  "jwtToken"
]), URL_PARAMS = /* @__PURE__ */ new Set(["environmentUrl", "instanceUrl"]), SHARED_PARAMS = ["environmentUrl", "apiVersion"], PARAM_DEFAULTS = { includeDeletedObjects: !1 };
function comparable(field, value) {
  const given = value === void 0 || value === "" ? PARAM_DEFAULTS[field] : value;
  if (given !== void 0)
    return typeof given != "string" ? JSON.stringify(given) : URL_PARAMS.has(field) && URL.canParse(given) ? new URL(given).href : given;
}
function paramNames(found, desired, secrets) {
  if (found.auth?.specName !== desired.auth.specName)
    return SHARED_PARAMS;
  const requested = Object.keys(desired.auth.params).filter((name) => !SECRET_PARAMS.has(name) && !secrets.has(name));
  return [.../* @__PURE__ */ new Set([...requested, ...SHARED_PARAMS])];
}
function connectionDrift(found, desired, secrets = SECRET_PARAMS) {
  const drift = [], compare = (field, stored2, requested) => {
    comparable(field, stored2) !== comparable(field, requested) && drift.push({ field, stored: stored2, requested });
  };
  found.auth && compare("auth.specName", found.auth.specName, desired.auth.specName);
  const stored = found.auth?.params;
  if (stored)
    for (const name of paramNames(found, desired, secrets))
      compare(name, stored[name], desired.auth.params[name]);
  return desired.description !== void 0 && compare("description", found.description, desired.description), drift;
}
const MAX_SHOWN = 100;
function shownValue(value) {
  if (value === void 0)
    return "none";
  const text = typeof value == "string" ? value : JSON.stringify(value), cut = clip(text, MAX_SHOWN);
  return typeof value == "string" ? `"${cut}"` : cut;
}
function driftWarning(id2, drift) {
  return [
    `Connection ${id2} differs from the inputs, and reuse leaves it as it is:`,
    ...drift.map((d) => `- ${d.field}: stored ${shownValue(d.stored)}, requested ${shownValue(d.requested)}`),
    "Run with if-exists: update to write the inputs into it (same id), or change the inputs to match."
  ].join(`
`);
}
function plannedRequest(context, plan) {
  const url = `${context.platformUrl}${FLOW_SERVICE_PATH}`, json = (body) => context.scrub(JSON.stringify(body, null, 2));
  if (plan.action === "create")
    return `POST ${url}/connections
Content-Type: application/json

${json(createConnectionBody(context.identity, context.auth))}`;
  if (plan.action === "update") {
    const { id: id2, etag: etag2 } = plan.connection;
    return `PATCH ${url}/connections/${id2}
If-Match: ${etag2}
Content-Type: application/json

${json(plan.patch)}`;
  }
  return "none: the connection would be reused as it is";
}
function dryRun(context, plan) {
  const connection = plan.action === "create" ? void 0 : plan.connection;
  return {
    outcome: `would-${plan.action}`,
    connection,
    plannedRequest: plannedRequest(context, plan)
  };
}
const imsTokenSchema = /* @__PURE__ */ object({
  // Registered as a secret: a short or spaced one would mask ordinary words in every message.
  access_token: stringMatching(/^[\x21-\x7e]{16,16384}$/, "not a token (16 or more visible characters)"),
  token_type: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_string()),
  expires_in: /* @__PURE__ */ optional(/* @__PURE__ */ schemas_number())
});
function givenToken(accessToken) {
  return { description: "the access-token input", token: async () => accessToken };
}
function clientCredentials(o, clientSecret, scopes) {
  const label = "POST /ims/token/v3";
  return {
    description: "Adobe IMS (OAuth Server-to-Server)",
    async token() {
      const body = new URLSearchParams({
        grant_type: "client_credentials",
        client_id: o.clientId,
        client_secret: clientSecret,
        scope: scopes
      }).toString(), answer = await o.http.request({
        label,
        request: {
          method: "POST",
          url: `${o.imsUrl}/ims/token/v3`,
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json"
          },
          body
        },
        baseUrlInput: "ims-url",
        parse: (response) => json_answer_parseJsonAnswer(label, response, imsTokenSchema)
      });
      return o.redactor.register(answer.access_token), answer.access_token;
    }
  };
}
function tokenSource(credential, options) {
  return credential.kind === "access-token" ? givenToken(credential.accessToken) : clientCredentials(options, credential.clientSecret, credential.scopes);
}
async function openSession(rt, config2, log, redactor) {
  const { transport, clock } = rt, { adobe, maxAttempts } = config2, deadline = new Deadline(clock.now, config2.timeoutSeconds), http = createHttp({ transport, clock, log, deadline, maxAttempts, redactor }), source = tokenSource(adobe.credential, {
    http,
    redactor,
    imsUrl: config2.imsUrl,
    clientId: adobe.clientId
  });
  transport.prepare?.(config2.platformUrl, 1);
  const accessToken = await log.group("Adobe access token", () => (log.info(`Access token from ${source.description}`), source.token())), { clientId, orgId, sandboxName } = adobe, flow = flowServiceClient({
    http,
    platformUrl: config2.platformUrl,
    accessToken,
    clientId,
    orgId,
    sandboxName
  });
  return { http, deadline, accessToken, flow };
}
const PLATFORM_DEFAULTS = {
  "sandbox-name": "prod",
  scopes: "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext",
  "dry-run": "false",
  "max-attempts": "5",
  "platform-url": "https://platform.adobe.io",
  "ims-url": "https://ims-na1.adobelogin.com"
}, PLATFORM_SECRET_INPUTS = ["client-secret", "access-token"];
class InputError extends Error {
  problems;
  constructor(problems) {
    super(`Invalid inputs:
${problems.map((p) => `- ${p}`).join(`
`)}`), this.problems = problems, this.name = "InputError";
  }
}
const emptyAsUndefined = (schema) => /* @__PURE__ */ pipe(schema, /* @__PURE__ */ transform((v) => v || void 0)), inputs_optional = emptyAsUndefined(/* @__PURE__ */ schemas_string()), inputs_required = (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _minLength(1, { error: "is required", abort: !0 })), token = (what2) => emptyAsUndefined(stringMatching(/^\S*$/, `must be ${what2} without spaces`)), MAX_NAME = 512, resourceName = (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`), /* @__PURE__ */ _regex(/^[^\r\n]*$/, "must be a single line")), YAML_BOOLEANS = ["true", "True", "TRUE", "false", "False", "FALSE"], inputs_boolean = /* @__PURE__ */ pipe(/* @__PURE__ */ schemas_enum(YAML_BOOLEANS, { error: "must be true or false" }), /* @__PURE__ */ transform((v) => v.toLowerCase() === "true")), wholeNumber = (min, max) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return (/* @__PURE__ */ pipe(stringMatching(/^\d+$/, message), /* @__PURE__ */ transform(Number))).check(/* @__PURE__ */ refine((n) => n >= min && n <= max, message));
}, LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/, isLoopback = (hostname) => LOOPBACK.test(hostname), isSafeProtocol = (url) => url.protocol === "https:" || url.protocol === "http:" && isLoopback(url.hostname);
function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return;
  }
}
const UNQUOTED = { quote: !1 }, plainUrl = (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ refine((value) => !/[@?#]/.test(value), {
  message: "must not hold a user name, password, query (?) or fragment (#)",
  abort: !0,
  params: UNQUOTED
})), serviceUrl = (example) => /* @__PURE__ */ pipe(plainUrl.check(/* @__PURE__ */ refine((value) => {
  const url = parseUrl(value);
  return url !== void 0 && isSafeProtocol(url);
}, "must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])"), /* @__PURE__ */ refine((value) => {
  const path2 = parseUrl(value)?.pathname;
  return path2 === void 0 || /^\/+$/.test(path2);
}, `must be the base URL without a path, such as ${example}`)), /* @__PURE__ */ transform((value) => new URL(value).origin)), platformFields = {
  "client-id": inputs_required.check(/* @__PURE__ */ _regex(/^\S*$/, "must not contain spaces")),
  "client-secret": token("the client secret"),
  "access-token": /* @__PURE__ */ pipe((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ refine((v) => !v.toLowerCase().startsWith("bearer"), {
    message: 'must be the bare token: drop the "Bearer " prefix',
    abort: !0
  })), token("the bare access token")),
  "org-id": inputs_required.check(/* @__PURE__ */ _regex(/^[A-Za-z0-9]+@AdobeOrg$/, "must end with @AdobeOrg")),
  "sandbox-name": stringMatching(/^[A-Za-z0-9][\w-]*$/, "must be a sandbox name: letters, digits, - or _, no spaces"),
  scopes: /* @__PURE__ */ pipe((/* @__PURE__ */ pipe(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ transform((v) => v.split(",").map((s) => s.trim())))).check(/* @__PURE__ */ refine((list2) => list2.every((s) => /^[\w.:-]+$/.test(s)), "must be a comma-separated list of scope names")), /* @__PURE__ */ transform((list2) => list2.join(","))),
  "dry-run": inputs_boolean,
  "timeout-seconds": wholeNumber(1, 3600),
  "max-attempts": wholeNumber(1, 10),
  "platform-url": serviceUrl(PLATFORM_DEFAULTS["platform-url"]),
  "ims-url": serviceUrl(PLATFORM_DEFAULTS["ims-url"])
};
function adobeCredential(f) {
  return f["access-token"] ? { kind: "access-token", accessToken: f["access-token"] } : { kind: "client-secret", clientSecret: f["client-secret"] ?? "", scopes: f.scopes };
}
function platformConfig(f) {
  return {
    adobe: {
      clientId: f["client-id"],
      orgId: f["org-id"],
      sandboxName: f["sandbox-name"],
      credential: adobeCredential(f)
    },
    dryRun: f["dry-run"],
    timeoutSeconds: f["timeout-seconds"],
    maxAttempts: f["max-attempts"],
    platformUrl: f["platform-url"],
    imsUrl: f["ims-url"]
  };
}
function readInputs(spec, getInput2) {
  const entries = spec.names.map((name) => [name, getInput2(name) ?? spec.defaults[name] ?? ""]);
  return Object.fromEntries(entries);
}
const MAX_QUOTED = 80;
function got(spec, raw, name) {
  const value = raw[name];
  return !value || spec.secrets.includes(name) ? "" : ` (got ${JSON.stringify(clip(value, MAX_QUOTED))})`;
}
function issueProblem(spec, raw, issue2) {
  const name = issue2.path[0], quote = !(issue2.code === "custom" && issue2.params?.quote === !1);
  return `${name} ${issue2.message}${quote ? got(spec, raw, name) : ""}`;
}
function emptyProblems(spec, raw) {
  const empty = Object.entries(spec.defaults).filter(([name]) => raw[name] === "");
  return {
    names: new Set(empty.map(([name]) => name)),
    problems: empty.map(([name, value]) => `${name} is empty: give it a value, or leave it out for the default "${value}" (an expression that evaluated to empty?)`)
  };
}
function adobeCredentialProblems(raw) {
  const given = PLATFORM_SECRET_INPUTS.filter((name) => raw[name] !== "");
  return given.length === 1 ? [] : given.length === 0 ? ["client-secret or access-token is required (exactly one of the two)"] : ["client-secret and access-token are both set: give exactly one of the two"];
}
function checkInputs(spec, schema, raw) {
  const parsed = safeParseInEnglish(schema, raw), empty = emptyProblems(spec, raw), issues = parsed.success ? [] : parsed.error.issues, problems = [
    ...empty.problems,
    ...issues.filter((i) => !empty.names.has(String(i.path[0]))).map((i) => issueProblem(spec, raw, i))
  ];
  return parsed.success ? { fields: parsed.data, problems } : { problems };
}
const MIN_SECRET_LENGTH = 8;
function secretWarning(label, secret, printed) {
  const masked = `the runner masks it wherever it appears, so a log line shows *** in its place and an output holding it (${printed.outputs}) is dropped from job outputs. Use a longer, random secret.`;
  if (secret) {
    if (secret.length < MIN_SECRET_LENGTH)
      return `${label} is shorter than ${MIN_SECRET_LENGTH} characters: ${masked}`;
    if (printed.words.has(secret))
      return `${label} is a word the action prints (an outcome, a state, true or false): ${masked}`;
  }
}
function secretWarnings(spec, raw, printed) {
  return spec.secrets.flatMap((name) => secretWarning(name, raw[name], printed) ?? []);
}
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"), HEADER = { alg: "RS256", typ: "JWT" }, MILLISECONDS_ABOVE = 1e11, DAY_MS = 864e5, LAST_DATE_MS = 864e13, SEGMENT = /^[\w-]+$/, jwt_encode = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
function signJwt(claims, privateKey) {
  const signed2 = `${jwt_encode(HEADER)}.${jwt_encode(claims)}`, signature = (0, external_node_crypto_namespaceObject.sign)("sha256", Buffer.from(signed2), privateKey);
  return `${signed2}.${signature.toString("base64url")}`;
}
function decodeSegment(segment) {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return;
  }
}
function readJwtExp(token2) {
  const segments = token2.split(".");
  if (segments.length !== 3 || !segments.every((s) => SEGMENT.test(s)))
    return;
  const [header, payload] = segments.map(decodeSegment);
  if (!isJsonObject(header) || header.alg !== HEADER.alg || !isJsonObject(payload))
    return;
  const exp = payload.exp;
  return typeof exp == "number" && exp > 0 && exp <= LAST_DATE_MS ? exp : void 0;
}
function jwtExpiry(exp) {
  const milliseconds = exp > MILLISECONDS_ABOVE;
  return { expiresAt: milliseconds ? exp : exp * 1e3, milliseconds };
}
const jwtSecrets = (token2) => [token2, token2.split(".")[2] ?? ""], isoDate = (ms) => new Date(ms).toISOString(), expInDays = (now, days) => Math.floor((now + days * DAY_MS) / 1e3);
function expiredProblem(expiry, now) {
  if (!(expiry.expiresAt > now))
    return `salesforce-jwt-token expired on ${isoDate(expiry.expiresAt)}: sign a new one (or give salesforce-private-key and salesforce-username to have the action sign it)`;
}
function expiryWarnings(expiry, warnDays, now) {
  const at = isoDate(expiry.expiresAt), warnings = [];
  expiry.milliseconds && warnings.push(`salesforce-jwt-token has an exp above 10^11, read as milliseconds (expiry ${at}); RFC 7519 says exp is in seconds, so Salesforce and Adobe may read it otherwise.`);
  const left = expiry.expiresAt - now;
  return left > 0 && left <= warnDays * DAY_MS && warnings.push(`salesforce-jwt-token expires on ${at}, in ${Math.floor(left / DAY_MS)} days (within salesforce-jwt-warn-days, ${warnDays}): sign a new one and run with if-exists: update.`), warnings;
}
const NOT_A_JWT = 'salesforce-jwt-token must be a JWT signed with RS256: three base64url parts, a JSON header with "alg": "RS256" and a JSON payload with a numeric exp', NOT_A_KEY = "salesforce-private-key must be an unencrypted RSA private key in PEM form (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)", MIN_KEY_LINE = 8, pemBodyLines = (pem) => pem.split(/\r?\n/).map((line) => line.trim()).filter((line) => !line.startsWith("-----") && line.length >= MIN_KEY_LINE);
function rsaKey(pem) {
  try {
    const key = (0, external_node_crypto_namespaceObject.createPrivateKey)(pem);
    return key.asymmetricKeyType === "rsa" ? key : void 0;
  } catch {
    return;
  }
}
function signed(inputs, pem, now) {
  const privateKey = rsaKey(pem);
  if (!privateKey)
    return { problems: [NOT_A_KEY] };
  const claims = { iss: inputs.clientId, sub: inputs.username ?? "", aud: inputs.loginUrl }, exp = expInDays(now, inputs.lifetimeDays), jwtToken = signJwt({ ...claims, exp }, privateKey), { clientId, clientSecret } = inputs, expiry = jwtExpiry(exp);
  return {
    auth: {
      type: "oauth2-jwt-token",
      clientId,
      clientSecret,
      jwtToken,
      expiry,
      signer: { privateKey, claims }
    },
    problems: []
  };
}
function ready(inputs, jwtToken, now) {
  const exp = readJwtExp(jwtToken);
  if (exp === void 0)
    return { problems: [NOT_A_JWT] };
  const expiry = jwtExpiry(exp), expired = expiredProblem(expiry, now);
  if (expired)
    return { problems: [expired] };
  const { clientId, clientSecret } = inputs;
  return {
    auth: { type: "oauth2-jwt-token", clientId, clientSecret, jwtToken, expiry, signer: void 0 },
    problems: []
  };
}
function jwtCredential(inputs, now) {
  return inputs.privateKey ? signed(inputs, inputs.privateKey, now) : inputs.jwtToken ? ready(inputs, inputs.jwtToken, now) : { problems: [] };
}
const OUTCOMES = [
  "created",
  "reused",
  "updated",
  "would-create",
  "would-reuse",
  "would-update"
], MAX_AUTH_PARAMS = 64 * 1024;
function parseAuthParams(text) {
  if (text.length > MAX_AUTH_PARAMS)
    return { problem: `auth-params is longer than ${MAX_AUTH_PARAMS} characters` };
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: "auth-params must be JSON (a JSON object of the auth spec params)" };
  }
  return typeof parsed != "object" || parsed === null || Array.isArray(parsed) ? { problem: "auth-params must be a JSON object of the auth spec params" } : { params: parsed };
}
function stringEntries(value, key = "") {
  return typeof value == "string" ? [[key, value]] : typeof value != "object" || value === null ? [] : Object.entries(value).flatMap(([k, v]) => stringEntries(v, key ? `${key}.${k}` : k));
}
const SALESFORCE_PARAM_INPUTS = {
  environmentUrl: "salesforce-environment-url",
  instanceUrl: "salesforce-environment-url",
  clientId: "salesforce-client-id",
  clientSecret: "salesforce-client-secret",
  username: "salesforce-username",
  password: "salesforce-password",
  securityToken: "salesforce-security-token",
  apiVersion: "salesforce-api-version",
  includeDeletedObjects: "salesforce-include-deleted-objects",
  jwtToken: "salesforce-jwt-token or salesforce-private-key"
}, salesforceParamInput = (param) => SALESFORCE_PARAM_INPUTS[param] ?? `the Salesforce inputs (param ${JSON.stringify(param)})`, authParamsInput = (param) => `auth-params key ${JSON.stringify(param)}`, DEFAULTS = {
  ...PLATFORM_DEFAULTS,
  "salesforce-include-deleted-objects": "false",
  "salesforce-login-url": "https://login.salesforce.com",
  "salesforce-jwt-lifetime-days": "90",
  "salesforce-jwt-warn-days": "30",
  "salesforce-preflight": "true",
  "connection-spec-id": SALESFORCE_CONNECTION_SPEC_ID,
  "connection-spec-version": "1.0",
  "if-exists": "reuse",
  verify: "true",
  "timeout-seconds": "300"
}, SECRET_INPUTS = [
  ...PLATFORM_SECRET_INPUTS,
  "salesforce-client-secret",
  "salesforce-password",
  "salesforce-security-token",
  "salesforce-jwt-token",
  "salesforce-private-key",
  "auth-params"
], OAUTH_INPUTS = ["salesforce-client-id", "salesforce-client-secret"], BASIC_INPUTS = [
  "salesforce-username",
  "salesforce-password",
  "salesforce-security-token"
], JWT_INPUTS = ["salesforce-jwt-token", "salesforce-private-key"], NOT_FOR_JWT = ["salesforce-password", "salesforce-security-token"], IF_EXISTS = ["reuse", "update", "fail", "create"], inputs_version = (pattern, message) => /* @__PURE__ */ pipe(stringMatching(pattern, message), /* @__PURE__ */ transform((v) => /^\d+$/.test(v) ? `${v}.0` : v)), salesforceUrl = /* @__PURE__ */ pipe(plainUrl.check(/* @__PURE__ */ refine((value) => {
  const url = parseUrl(value);
  return url !== void 0 && url.pathname === "/" && isSafeProtocol(url);
}, "must be an https URL with no path, such as https://<domain>.my.salesforce.com")), /* @__PURE__ */ transform((value) => new URL(value).origin)), SALESFORCE_DOMAINS = [
  "salesforce.com",
  "force.com",
  "salesforce.mil",
  "cloudforce.com",
  "sfcrmproducts.cn",
  "sfcrmapps.cn"
], HOST_NAME = /^([a-z0-9-]+\.)+[a-z][a-z0-9-]*$/, allowedHosts = (/* @__PURE__ */ pipe(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ transform((v) => v.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean)))).check(/* @__PURE__ */ refine((hosts) => hosts.every((host) => HOST_NAME.test(host)), "must be a comma-separated list of host names such as sf.example.com (each also allows its subdomains)")), isSubdomain = (host, domain) => host.endsWith(`.${domain}`);
function isAllowedSalesforceHost(host, allowed) {
  return isLoopback(host) || SALESFORCE_DOMAINS.some((domain) => isSubdomain(host, domain)) || allowed.some((domain) => host === domain || isSubdomain(host, domain));
}
const SALESFORCE_URL_INPUTS = ["salesforce-environment-url", "salesforce-login-url"];
function salesforceHostProblems(raw) {
  const allowed = allowedHosts.safeParse(raw["salesforce-allowed-hosts"]);
  if (!allowed.success)
    return [];
  const domains = SALESFORCE_DOMAINS.map((domain) => `*.${domain}`).join(", ");
  return SALESFORCE_URL_INPUTS.flatMap((name) => {
    const url = salesforceUrl.safeParse(raw[name]);
    return !url.success || isAllowedSalesforceHost(new URL(url.data).hostname, allowed.data) ? [] : [
      `${name} must be on a Salesforce host (${domains}) or a loopback host; add any other host to salesforce-allowed-hosts${inputs_got(raw, name)}`
    ];
  });
}
const fields = /* @__PURE__ */ object({
  ...platformFields,
  name: resourceName.check(/* @__PURE__ */ _minLength(1, { error: "is required", abort: !0 })),
  description: inputs_optional,
  "salesforce-environment-url": /* @__PURE__ */ pipe(inputs_required, salesforceUrl),
  "salesforce-allowed-hosts": allowedHosts,
  "salesforce-auth-type": /* @__PURE__ */ pipe(/* @__PURE__ */ schemas_enum(["", ...SALESFORCE_AUTH_TYPES], {
    error: `must be one of ${SALESFORCE_AUTH_TYPES.join(", ")} (or empty)`
  }), /* @__PURE__ */ transform((v) => v || void 0)),
  "salesforce-client-id": inputs_optional,
  "salesforce-client-secret": inputs_optional,
  "salesforce-include-deleted-objects": inputs_boolean,
  "salesforce-username": inputs_optional,
  "salesforce-password": inputs_optional,
  "salesforce-security-token": inputs_optional,
  "salesforce-jwt-token": inputs_optional,
  "salesforce-private-key": inputs_optional,
  "salesforce-login-url": /* @__PURE__ */ pipe(inputs_required, salesforceUrl),
  "salesforce-jwt-lifetime-days": wholeNumber(1, 3650),
  "salesforce-jwt-warn-days": /* @__PURE__ */ pipe(stringMatching(/^\d+$/, "must be a whole number of days (0 or more)"), /* @__PURE__ */ transform(Number)),
  "salesforce-api-version": emptyAsUndefined(inputs_version(/^(\d{1,3}(\.\d)?)?$/, "must be a Salesforce API version such as 60.0")),
  "salesforce-preflight": inputs_boolean,
  "auth-spec-name": inputs_optional,
  "auth-params": inputs_optional,
  "connection-spec-id": stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a connection spec id (a UUID)"),
  "connection-spec-version": inputs_version(/^\d+(\.\d+)?$/, "must be a version such as 1.0"),
  "if-exists": /* @__PURE__ */ schemas_enum(IF_EXISTS, { error: `must be one of ${IF_EXISTS.join(", ")}` }),
  verify: inputs_boolean
}), INPUT_NAMES = (/* @__PURE__ */ keyof(fields)).options, SPEC = {
  names: INPUT_NAMES,
  defaults: DEFAULTS,
  secrets: SECRET_INPUTS
}, inputs_got = (raw, name) => got(SPEC, raw, name), readRawInputs = (getInput2) => readInputs(SPEC, getInput2), isSet = (raw, names) => names.filter((n) => raw[n] !== ""), list = (names) => names.join(", "), isAuthType = (value) => SALESFORCE_AUTH_TYPES.includes(value);
function resolveAuthType(raw) {
  const given = raw["salesforce-auth-type"];
  if (given)
    return isAuthType(given) ? { type: given } : {};
  if (isSet(raw, JWT_INPUTS).length > 0)
    return { type: "oauth2-jwt-token" };
  const oauth = isSet(raw, OAUTH_INPUTS).length > 0, basic = isSet(raw, BASIC_INPUTS).length > 0;
  return oauth && basic ? {
    problem: `salesforce-auth-type is empty and both credential sets are given: set it, or keep only ${list(OAUTH_INPUTS)} (oauth2-client-credential) or ${list(BASIC_INPUTS)} (basic)`
  } : !oauth && !basic ? {
    problem: `Salesforce credentials are required: ${list(OAUTH_INPUTS)} (oauth2-client-credential), ${list(BASIC_INPUTS)} (basic), or ${list(OAUTH_INPUTS)} with salesforce-jwt-token or salesforce-private-key (oauth2-jwt-token)`
  } : { type: oauth ? "oauth2-client-credential" : "basic" };
}
const CREDENTIAL_SETS = {
  "oauth2-client-credential": { own: OAUTH_INPUTS, stray: [...BASIC_INPUTS, ...JWT_INPUTS] },
  basic: { own: BASIC_INPUTS, stray: [...OAUTH_INPUTS, ...JWT_INPUTS] },
  "oauth2-jwt-token": { own: OAUTH_INPUTS, stray: NOT_FOR_JWT }
};
function jwtProblems(raw) {
  const given = isSet(raw, JWT_INPUTS);
  if (given.length === 0)
    return [`${list(JWT_INPUTS)}: one is required for salesforce-auth-type oauth2-jwt-token`];
  if (given.length > 1)
    return [`${list(JWT_INPUTS)} are both set: give exactly one of the two`];
  const withKey = given[0] === "salesforce-private-key";
  return withKey && raw["salesforce-username"] === "" ? ["salesforce-username is required with salesforce-private-key (the JWT's sub)"] : !withKey && raw["salesforce-username"] !== "" ? [
    "salesforce-username cannot be used with salesforce-jwt-token (the token names its user)"
  ] : [];
}
function notJwtParams(raw) {
  return raw["salesforce-api-version"] === "" ? [] : [
    `salesforce-api-version cannot be used with salesforce-auth-type oauth2-jwt-token (OAuth2 JWT Token Credential has no apiVersion)${inputs_got(raw, "salesforce-api-version")}`
  ];
}
function salesforceProblems(raw, type) {
  const { own: own2, stray: other } = CREDENTIAL_SETS[type], problems = own2.filter((n) => raw[n] === "").map((n) => `${n} is required for salesforce-auth-type ${type}`), stray = isSet(raw, other);
  return stray.length && problems.push(`${list(stray)} cannot be used with salesforce-auth-type ${type}`), type !== "oauth2-client-credential" && raw["salesforce-include-deleted-objects"].toLowerCase() === "true" && problems.push("salesforce-include-deleted-objects is only for oauth2-client-credential"), type === "oauth2-jwt-token" && problems.push(...jwtProblems(raw), ...notJwtParams(raw)), problems;
}
function salesforceCredential(f, type, now) {
  const clientId = f["salesforce-client-id"] ?? "", clientSecret = f["salesforce-client-secret"] ?? "";
  switch (type) {
    case "basic": {
      const username = f["salesforce-username"] ?? "", password = f["salesforce-password"] ?? "", securityToken = f["salesforce-security-token"] ?? "";
      return { auth: { type, username, password, securityToken }, problems: [] };
    }
    case "oauth2-client-credential": {
      const includeDeletedObjects = f["salesforce-include-deleted-objects"];
      return { auth: { type, clientId, clientSecret, includeDeletedObjects }, problems: [] };
    }
    case "oauth2-jwt-token":
      return jwtCredential({
        clientId,
        clientSecret,
        jwtToken: f["salesforce-jwt-token"],
        privateKey: f["salesforce-private-key"],
        username: f["salesforce-username"],
        loginUrl: f["salesforce-login-url"],
        lifetimeDays: f["salesforce-jwt-lifetime-days"]
      }, now);
  }
}
const connectionIdentity = (f) => ({
  name: f.name,
  description: f.description,
  specId: f["connection-spec-id"],
  specVersion: f["connection-spec-version"]
});
function toConfig(f, auth) {
  return {
    ...platformConfig(f),
    connection: connectionIdentity(f),
    salesforce: {
      environmentUrl: f["salesforce-environment-url"],
      apiVersion: f["salesforce-api-version"],
      auth
    },
    ifExists: f["if-exists"],
    salesforcePreflight: f["salesforce-preflight"],
    verify: f.verify,
    ...auth.type === "oauth2-jwt-token" ? { jwtWarnDays: f["salesforce-jwt-warn-days"] } : {}
  };
}
const SALESFORCE_AUTH_INPUTS = [
  "salesforce-environment-url",
  "salesforce-auth-type",
  ...OAUTH_INPUTS,
  ...BASIC_INPUTS,
  ...JWT_INPUTS,
  "salesforce-api-version"
], GENERIC_INPUTS = ["auth-spec-name", "auth-params"], usesAuthParams = (raw) => isSet(raw, GENERIC_INPUTS).length > 0, genericFields = /* @__PURE__ */ schemas_extend(fields, { "salesforce-environment-url": inputs_optional });
function genericProblems(raw) {
  const problems = GENERIC_INPUTS.filter((n) => raw[n] === "").map((n) => `${n} is required with ${list(GENERIC_INPUTS)}`), stray = isSet(raw, SALESFORCE_AUTH_INPUTS);
  raw["salesforce-include-deleted-objects"].toLowerCase() === "true" && stray.push("salesforce-include-deleted-objects"), stray.length > 0 && problems.push(`${list(stray)} cannot be used with auth-spec-name and auth-params: give the Salesforce inputs, or auth-spec-name and auth-params (the whole auth of any source), not both`);
  const parsed = raw["auth-params"] === "" ? void 0 : parseAuthParams(raw["auth-params"]);
  return parsed && "problem" in parsed && problems.push(parsed.problem), problems;
}
function genericConfig(raw) {
  const checked = checkInputs(SPEC, genericFields, raw), problems = [...checked.problems, ...adobeCredentialProblems(raw), ...genericProblems(raw)], parsed = parseAuthParams(raw["auth-params"]);
  if (!checked.fields || problems.length > 0 || "problem" in parsed)
    throw new InputError(problems);
  const f = checked.fields;
  return {
    ...platformConfig(f),
    connection: connectionIdentity(f),
    ifExists: f["if-exists"],
    verify: f.verify,
    authParams: { specName: raw["auth-spec-name"], params: parsed.params }
  };
}
function parseInputs(raw, now) {
  const checked = checkInputs(SPEC, fields, raw), auth = resolveAuthType(raw), inputProblems = [
    ...checked.problems,
    ...salesforceHostProblems(raw),
    ...adobeCredentialProblems(raw),
    ...auth.problem ? [auth.problem] : [],
    ...auth.type ? salesforceProblems(raw, auth.type) : []
  ], credential = checked.fields && auth.type ? salesforceCredential(checked.fields, auth.type, now) : void 0, problems = [...inputProblems, ...credential?.problems ?? []];
  if (!checked.fields || !credential?.auth || problems.length > 0)
    throw new InputError(problems);
  return toConfig(checked.fields, credential.auth);
}
const secretValues = (raw) => [
  ...SECRET_INPUTS.map((name) => raw[name]),
  ...pemBodyLines(raw["salesforce-private-key"]),
  ...jwtSecrets(raw["salesforce-jwt-token"])
], parseRunInputs = (raw, now) => usesAuthParams(raw) ? genericConfig(raw) : parseInputs(raw, now), PRINTED_WORDS = /* @__PURE__ */ new Set([
  ...OUTCOMES,
  "enabled",
  "disabled",
  "failed",
  "initializing",
  ...YAML_BOOLEANS,
  ...IF_EXISTS,
  ...SALESFORCE_AUTH_TYPES
]), PRINTED = { words: PRINTED_WORDS, outputs: "connection-id, etag, outcome, state" };
function authParamsWarnings(text) {
  const parsed = text ? parseAuthParams(text) : void 0;
  return !parsed || "problem" in parsed ? [] : stringEntries(parsed.params).flatMap(([key, value]) => secretWarning(`auth-params key ${JSON.stringify(key)}`, value, PRINTED) ?? []);
}
const inputs_secretWarnings = (raw) => [
  ...secretWarnings(SPEC, raw, PRINTED),
  ...authParamsWarnings(raw["auth-params"])
];
function judgeAuth(spec, auth, inputs, redactor) {
  const named = authSpecNamed(spec, auth.specName), secrets = new Set(named ? secretParams(named) : []);
  for (const name of secrets)
    if (Object.hasOwn(auth.params, name))
      for (const [, value] of stringEntries(auth.params[name]))
        redactor.register(value);
  return { problems: authProblems(spec, auth, inputs), secrets };
}
const listed = (problems) => problems.map((p) => `- ${p}`).join(`
`);
function refusedBeforeWriting(specId, problems) {
  return new Error(`The live connection spec ${specId} refuses the inputs, so nothing was written:
${listed(problems)}`);
}
function refusedOnReuse(specId, connectionId, problems) {
  return `The live connection spec ${specId} refuses the inputs; connection ${connectionId} is reused as it is, but creating or updating a connection with these inputs would fail:
${listed(problems)}`;
}
const inlineMarkdown = (value) => neutralise(value.replace(/\r\n|\r|\n/g, " ")).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
function codeBlock(info2, content) {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run2) => run2.length)), fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`${fence}${info2}`, content, fence];
}
async function writeJobSummary(core2, redactor, log, markdown) {
  try {
    await core2.writeSummary(redactor.scrub(markdown));
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    log.warning(`Could not write the job summary: ${reason}`);
  }
}
function outputSetter(core2) {
  return (name, value) => {
    value !== void 0 && core2.setOutput(name, value);
  };
}
const cell = (value) => value === void 0 ? "\u2014" : inlineMarkdown(value);
function verificationCell(v) {
  if (v !== void 0)
    switch (v.status) {
      case "passed":
        return v.objects === void 0 ? "passed (connection test)" : `passed (${v.objects} objects)`;
      case "failed":
        return `failed: ${v.message}`;
      case "skipped":
        return v.reason === "dry run" ? "skipped (dry run)" : "skipped";
      case "not run":
        return "not run";
    }
}
function subject(r) {
  const which2 = r.connectionId ?? (r.name ? `"${r.name}"` : void 0);
  return [
    "Salesforce base connection",
    ...which2 ? [which2] : [],
    ...r.sandbox ? [`in sandbox ${r.sandbox}`] : []
  ].join(" ");
}
function heading(r) {
  const which2 = r.name ? ` ${inlineMarkdown(`"${r.name}"`)}` : "", where = r.sandbox ? ` in sandbox ${inlineMarkdown(r.sandbox)}` : "";
  return `## Salesforce base connection${which2}${where}`;
}
const VERIFICATION_WORDS = {
  passed: "verified",
  failed: "verification failed",
  skipped: void 0,
  "not run": void 0
};
function resultLine(r) {
  const v = r.verification, verification = v?.status === "skipped" ? v.reason === "dry run" ? "nothing changed (dry run)" : "not verified (verify: false)" : v && VERIFICATION_WORDS[v.status], words = [
    r.outcome,
    r.state,
    verification,
    r.drift?.length ? `drift in ${r.drift.map((d) => d.field).join(", ")}` : void 0,
    r.failure && v?.status !== "failed" ? "failed" : void 0
  ].filter((word) => word !== void 0);
  return `${subject(r)}: ${words.join(", ")}`;
}
function failureSection(failure2) {
  return "problems" in failure2 ? ["", "### Invalid inputs", "", ...failure2.problems.map((p) => `- ${inlineMarkdown(p)}`)] : ["", "### Failed", "", ...codeBlock("text", failure2.message)];
}
function driftSection(drift) {
  const row = (d) => `| ${cell(d.field)} | ${cell(shownValue(d.stored))} | ${cell(shownValue(d.requested))} |`;
  return [
    "",
    "### Drift from the inputs",
    "",
    "| Field | Stored | Requested |",
    "|---|---|---|",
    ...drift.map(row)
  ];
}
function summaryMarkdown(r) {
  const table = ["| | |", "|---|---|", ...[
    ["Name", r.name],
    ["Connection id", r.connectionId],
    ["Sandbox", r.sandbox],
    ["Connection spec", r.specId],
    ["Auth type", r.authType],
    ["Outcome", r.outcome],
    ["State", r.state],
    ["Verification", verificationCell(r.verification)],
    ...r.jwtExpiresAt ? [["JWT expires at", r.jwtExpiresAt]] : [],
    ...r.salesforceOrgId ? [["Salesforce org id", r.salesforceOrgId]] : [],
    ...r.salesforceCredentials ? [["Salesforce credentials", r.salesforceCredentials]] : []
  ].map(([k, v]) => `| ${k} | ${cell(v)} |`)];
  return [
    heading(r),
    "",
    ...table,
    ...r.failure ? failureSection(r.failure) : [],
    ...r.drift?.length ? driftSection(r.drift) : [],
    ...r.plannedRequest ? ["", "### Planned request", "", ...codeBlock("http", r.plannedRequest)] : [],
    ""
  ].join(`
`);
}
const WRITES_CREDENTIALS = /* @__PURE__ */ new Set([
  "created",
  "updated",
  "would-create",
  "would-update"
]);
class Publisher {
  core;
  redactor;
  log;
  #report = {};
  #output;
  #requestedAuthType;
  /** When the JWT the inputs give expires: known only of a token this run writes. */
  #jwtExpiresAt;
  #failure;
  constructor(core2, redactor, log) {
    this.core = core2, this.redactor = redactor, this.log = log, this.#output = outputSetter(core2);
  }
  /** From the raw inputs, before they are validated: the heading needs them even when invalid. */
  identify(name, sandbox) {
    this.#report.name = this.#text(name) || void 0, this.#report.sandbox = this.#text(sandbox) || void 0;
  }
  configured(config2, requestedAuthType) {
    this.#report.specId = config2.connection.specId, this.#report.verification = config2.verify ? { status: "not run" } : { status: "skipped", reason: "verify: false" }, this.#requestedAuthType = requestedAuthType;
    const auth = "salesforce" in config2 ? config2.salesforce.auth : void 0;
    auth?.type === "oauth2-jwt-token" && (this.#jwtExpiresAt = isoDate(auth.expiry.expiresAt));
  }
  /** The one connection found, as a reuse (real or planned) leaves it. */
  reusing(connection, drift) {
    this.#report.authType = connection.auth && this.#text(connection.auth.specName), this.#report.drift = drift.map((d) => ({ ...d, stored: this.#value(d.stored) })), drift.length > 0 && this.#output("drift", drift.map((d) => d.field).join(",")), this.#orgId(connection);
  }
  /** Before a write: what Salesforce said of the credentials, or why it was not asked. */
  salesforceCredentials(result) {
    this.#report.salesforceCredentials = result;
  }
  /** The connection exists now. */
  connected(done) {
    const { id: id2, etag: etag2 } = done.ref;
    this.#output("connection-id", id2), this.#output("etag", etag2), this.#output("outcome", done.outcome), this.#output("connection-spec-id", this.#report.specId), this.#report.outcome = done.outcome, this.#report.connectionId = id2, done.outcome !== "reused" && (this.#report.authType = this.#requestedAuthType), this.#jwtWritten(done.outcome);
  }
  settled({ state: state2, verification, connection }) {
    this.#output("state", state2), this.#report.state = state2, this.#orgId(connection), verification && (this.#report.verification = verification.ok ? { status: "passed", objects: verification.objects } : { status: "failed", message: this.#text(verification.error.message) });
  }
  /** A dry run: what a real run would do, with the connection it would reuse or update. */
  planned({ outcome, connection, plannedRequest: plannedRequest2 }) {
    this.#output("connection-id", connection?.id), this.#output("etag", connection?.etag), this.#output("outcome", outcome), this.#output("state", connection?.state), this.#output("connection-spec-id", this.#report.specId), this.#report.outcome = outcome, this.#report.connectionId = connection?.id, this.#report.state = connection?.state, this.#report.verification = { status: "skipped", reason: "dry run" }, this.#report.plannedRequest = this.#text(plannedRequest2), this.#jwtWritten(outcome), connection ? connection.auth && (this.#report.authType = this.#text(connection.auth.specName)) : this.#report.authType = this.#requestedAuthType;
  }
  failed(error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    this.#failure = message, this.#report.failure = error2 instanceof InputError ? { problems: error2.problems.map((p) => this.#text(p)) } : { message: this.#text(message) };
  }
  /** The summary, the result line and, last, the failure. Never throws. */
  async finish() {
    await writeJobSummary(this.core, this.redactor, this.log, summaryMarkdown(this.#report)), this.log.info(resultLine(this.#report)), this.#failure !== void 0 && this.log.fail(this.#failure);
  }
  #jwtWritten(outcome) {
    this.#jwtExpiresAt === void 0 || !WRITES_CREDENTIALS.has(outcome) || (this.#output("jwt-expires-at", this.#jwtExpiresAt), this.#report.jwtExpiresAt = this.#jwtExpiresAt);
  }
  #orgId(connection) {
    const orgId = salesforceOrgId(connection);
    this.#output("salesforce-org-id", orgId), orgId && (this.#report.salesforceOrgId = orgId);
  }
  /** Scrubbed before the summary escapes it: escaping could split a secret the scrub looks for. */
  #text(text) {
    return this.redactor.scrub(text);
  }
  #value(value) {
    return typeof value == "string" ? this.#text(value) : value;
  }
}
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer"), MASK = "***", MIN_ENCODED_FORM = 4, unicodeEscape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`, upperHex = (escaped) => escaped.replace(/\\u(\w{4})/g, (_, hex) => `\\u${hex.toUpperCase()}`), slashEscaped = (json) => json.replace(/\//g, "\\/"), htmlSafe = (json) => json.replace(/[<>&]/g, unicodeEscape);
function jsonForms(secret) {
  const plain = JSON.stringify(secret).slice(1, -1), ascii = plain.replace(/[^\x20-\x7e]/g, unicodeEscape), allEscaped = secret.split("").map(unicodeEscape).join(""), encoderStyles = [plain, ascii].flatMap((form) => [
    slashEscaped(form),
    htmlSafe(form),
    slashEscaped(htmlSafe(form))
  ]);
  return [plain, ascii, upperHex(ascii), allEscaped, upperHex(allEscaped), ...encoderStyles];
}
const HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
}, htmlEscaped = (secret) => secret.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
function percentForms(secret) {
  const forms = [
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURIComponent(secret)
  ], lowerHex = (form) => form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
  return [...forms, ...forms.map(lowerHex)];
}
function base64Forms(secret) {
  const bytes = external_node_buffer_namespaceObject.Buffer.from(secret, "utf8"), alone = bytes.toString("base64"), forms = [alone, alone.replace(/=+$/, ""), bytes.toString("base64url")];
  for (const shift of [0, 1, 2]) {
    const shifted = external_node_buffer_namespaceObject.Buffer.concat([external_node_buffer_namespaceObject.Buffer.alloc(shift), bytes]), first = Math.ceil(shift * 8 / 6), end = Math.floor(shifted.length * 8 / 6);
    forms.push(shifted.toString("base64").slice(first, end)), forms.push(shifted.toString("base64url").slice(first, end));
  }
  return forms;
}
function encodings(secret) {
  const encoded = [
    ...percentForms(secret),
    ...jsonForms(secret),
    htmlEscaped(secret),
    ...base64Forms(secret)
  ];
  return [secret, ...encoded.filter((form) => form.length >= MIN_ENCODED_FORM)];
}
class Redactor {
  setSecret;
  secrets = /* @__PURE__ */ new Set();
  forms = /* @__PURE__ */ new Set();
  constructor(setSecret2) {
    this.setSecret = setSecret2;
  }
  register(secret) {
    if (!(!secret || this.secrets.has(secret))) {
      this.secrets.add(secret), this.setSecret(secret);
      for (const form of encodings(secret))
        this.forms.add(form);
    }
  }
  scrub(text) {
    return [...this.forms].sort((a, b) => b.length - a.length).reduce((out, form) => out.split(form).join(MASK), text);
  }
}
async function runStep(rt, publisher, work) {
  const redactor = new Redactor((secret) => rt.core.setSecret(secret)), log = createLog(rt.core, redactor), publish = publisher(rt.core, redactor, log);
  try {
    await work({ redactor, log, publish });
  } catch (error2) {
    publish.failed(error2);
  } finally {
    rt.transport.close?.();
  }
  await publish.finish();
}
const TOKEN_PATH = "/services/oauth2/token", DEFAULT_SOAP_VERSION = "60.0", CREDENTIALS = {
  "oauth2-client-credential": "the OAuth 2.0 client credentials",
  basic: "the username, password and security token",
  "oauth2-jwt-token": "a JWT bearer assertion signed with salesforce-private-key"
}, CREDENTIAL_INPUTS = {
  "oauth2-client-credential": "salesforce-client-id and salesforce-client-secret",
  basic: "salesforce-username, salesforce-password and salesforce-security-token",
  "oauth2-jwt-token": "salesforce-client-id, salesforce-username and salesforce-private-key (the connected app holds its certificate; the user is pre-authorized)"
}, ASSERTION_LIFETIME_S = 180, JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer", READY_TOKEN_UNCHECKED = "a ready salesforce-jwt-token cannot be checked: Salesforce accepts only assertions that expire within 3 minutes; give salesforce-private-key and salesforce-username to have the action sign one and check it", ALWAYS_WRITES = /* @__PURE__ */ new Set(["update", "create"]), displayText = /* @__PURE__ */ pipe((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _maxLength(1e3)), /* @__PURE__ */ transform((text) => text.replace(/\p{Cc}+/gu, " ").trim())), tokenSchema = /* @__PURE__ */ object({ access_token: (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(4096)) }), oauthErrorSchema = /* @__PURE__ */ object({
  error: (/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _regex(/^[\w.-]{1,100}$/)),
  error_description: /* @__PURE__ */ optional(displayText)
}), soapFaultSchema = /* @__PURE__ */ object({
  code: /* @__PURE__ */ pipe((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _regex(/^(?:[\w.-]{1,40}:)?[A-Za-z][\w.]{0,99}$/)), /* @__PURE__ */ transform((code) => code.replace(/^.*:/, ""))),
  text: /* @__PURE__ */ optional(displayText)
}), FAULT_CODE = /<faultcode>([^<]{1,200})<\/faultcode>/, FAULT_STRING = /<faultstring>([^<]{0,1000})<\/faultstring>/, SESSION_ID = /<(?:[\w.-]{1,40}:)?sessionId>([^<]{1,4096})<\/(?:[\w.-]{1,40}:)?sessionId>/, XML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;"
}, XML_CHARS = Object.fromEntries(Object.entries(XML_ESCAPES).map(([c, e]) => [e, c])), xmlEscape = (text) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c), xmlUnescape = (text) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_CHARS[e] ?? e);
class PreflightError extends Error {
  name = "PreflightError";
}
function salesforce_preflight_parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
}
function rejected(t, status, code, description) {
  const said = (description ? `${code}: ${description}` : code).replace(/\.$/, ""), where = t.baseInput === "salesforce-login-url" ? `salesforce-login-url (${t.base}) is where the user logs in` : `salesforce-environment-url (${t.base}) is the org's My Domain URL`;
  return new PreflightError(`Salesforce rejected the credentials, so nothing was written: POST ${t.url} answered HTTP ${status} ${said}. Check ${CREDENTIAL_INPUTS[t.salesforce.auth.type]}, and that ${where}.`);
}
function notALoginAnswer(t, status) {
  return new PreflightError(`Salesforce at ${t.base} answered HTTP ${status} to ${t.label}, which is not a login answer: ` + (t.baseInput === "salesforce-login-url" ? "check salesforce-login-url (https://login.salesforce.com, https://test.salesforce.com or the My Domain URL). " : "check that salesforce-environment-url is the org's My Domain URL (https://<domain>.my.salesforce.com). ") + "To skip this check, set salesforce-preflight: false.");
}
function unreachable(t, error2) {
  const cause = error2 instanceof Error ? error2.message : String(error2);
  return new PreflightError(`Could not reach Salesforce at ${t.base} to check the credentials before writing: ${cause}. Check ${t.baseInput}; if this runner may not reach Salesforce (network policy, IP restrictions), set salesforce-preflight: false to skip the check.`);
}
function tokenCall(t, form, redactor) {
  return {
    label: t.label,
    baseUrlInput: t.baseInput,
    request: {
      method: "POST",
      url: t.url,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json"
      },
      body: new URLSearchParams(form).toString()
    },
    parse(response) {
      const token2 = tokenSchema.safeParse(salesforce_preflight_parseJson(response.body));
      if (!token2.success)
        throw notALoginAnswer(t, response.status);
      redactor.register(token2.data.access_token);
    },
    refusal(response) {
      const error2 = oauthErrorSchema.safeParse(salesforce_preflight_parseJson(response.body));
      if (error2.success)
        return rejected(t, response.status, error2.data.error, error2.data.error_description);
    }
  };
}
const clientCredentialsCall = (t, auth, redactor) => tokenCall(t, {
  grant_type: "client_credentials",
  client_id: auth.clientId,
  client_secret: auth.clientSecret
}, redactor);
function jwtBearerCall(t, auth, options) {
  const { signer } = auth;
  if (!signer)
    throw new Error(READY_TOKEN_UNCHECKED);
  const exp = Math.floor(options.now() / 1e3) + ASSERTION_LIFETIME_S, assertion = signJwt({ ...signer.claims, exp }, signer.privateKey);
  for (const secret of jwtSecrets(assertion))
    options.redactor.register(secret);
  return tokenCall(t, { grant_type: JWT_BEARER, assertion }, options.redactor);
}
function loginEnvelope(username, password) {
  return `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com"><n1:username>${xmlEscape(username)}</n1:username><n1:password>${xmlEscape(password)}</n1:password></n1:login></env:Body></env:Envelope>`;
}
function soapFault(xml) {
  const code = FAULT_CODE.exec(xml)?.[1], text = FAULT_STRING.exec(xml)?.[1], parsed = soapFaultSchema.safeParse({
    code,
    ...text !== void 0 ? { text: xmlUnescape(text) } : {}
  });
  return parsed.success ? parsed.data : void 0;
}
function soapLoginCall(t, auth, redactor) {
  return {
    label: t.label,
    baseUrlInput: "salesforce-environment-url",
    request: {
      method: "POST",
      url: t.url,
      headers: {
        "Content-Type": "text/xml; charset=UTF-8",
        SOAPAction: "login",
        Accept: "text/xml"
      },
      body: loginEnvelope(auth.username, auth.password + auth.securityToken)
    },
    parse(response) {
      const sessionId = SESSION_ID.exec(response.body)?.[1];
      if (!sessionId)
        throw notALoginAnswer(t, response.status);
      redactor.register(sessionId);
    },
    refusal(response) {
      const fault = soapFault(response.body);
      if (!fault)
        return;
      const description = fault.text?.replace(`${fault.code}: `, "");
      return rejected(t, response.status, fault.code, description);
    }
  };
}
function loginTarget(salesforce) {
  const { auth } = salesforce, path2 = auth.type === "basic" ? `/services/Soap/u/${salesforce.apiVersion ?? DEFAULT_SOAP_VERSION}` : TOKEN_PATH, [baseInput, base] = auth.type === "oauth2-jwt-token" && auth.signer ? ["salesforce-login-url", auth.signer.claims.aud] : ["salesforce-environment-url", salesforce.environmentUrl];
  return { salesforce, label: `POST ${path2}`, url: `${base}${path2}`, baseInput, base };
}
const preflightBase = (salesforce) => loginTarget(salesforce).base;
function loginCall(t, options) {
  const { auth } = t.salesforce;
  switch (auth.type) {
    case "basic":
      return soapLoginCall(t, auth, options.redactor);
    case "oauth2-client-credential":
      return clientCredentialsCall(t, auth, options.redactor);
    case "oauth2-jwt-token":
      return jwtBearerCall(t, auth, options);
  }
}
function preflightSkipped(config2) {
  if (!config2.salesforcePreflight)
    return "salesforce-preflight: false";
  const { auth } = config2.salesforce;
  return auth.type === "oauth2-jwt-token" && !auth.signer ? READY_TOKEN_UNCHECKED : void 0;
}
async function checkSalesforceCredentials(salesforce, options) {
  const target = loginTarget(salesforce);
  try {
    await options.http.request(loginCall(target, options));
  } catch (error2) {
    throw error2 instanceof PreflightError ? error2 : error2 instanceof ApiError ? notALoginAnswer(target, error2.details.status) : unreachable(target, error2);
  }
  return `Salesforce accepted ${CREDENTIALS[salesforce.auth.type]} at ${target.base}`;
}
function startPreflight(config2, options) {
  const check = () => checkSalesforceCredentials(config2.salesforce, options);
  if (!ALWAYS_WRITES.has(config2.ifExists))
    return check;
  const early = check();
  return early.catch(() => {
  }), () => early;
}
const LAST_READ_MS = 1e3;
async function pollUntil(first, poll, w) {
  let value = first;
  for (let n = 1; !poll.done(value); n++) {
    const delay = Math.min(pollDelay(n), w.deadline.remainingMs() - LAST_READ_MS);
    if (delay <= 0)
      throw w.deadline.expired(poll.waitingFor);
    w.log.info(`${poll.describe(value)}; checking again in ${seconds(delay)}`), await w.clock.sleep(delay), value = await poll.read();
  }
  return value;
}
const INITIALIZING = "initializing";
async function readSeen(flow, id2) {
  const connection = await flow.get("connections", id2);
  return { state: connection.state, connection };
}
function settledState(flow, id2, seen, waiting) {
  return pollUntil(seen, {
    waitingFor: `connection ${id2} to leave state ${INITIALIZING}`,
    done: (s) => s.state !== INITIALIZING,
    describe: () => `Connection ${id2} is ${INITIALIZING}`,
    read: () => readSeen(flow, id2)
  }, waiting);
}
async function verify_check(flow, id2, by) {
  try {
    if (by === "explore")
      return { ok: !0, objects: (await flow.explore(id2)).length };
    if (await flow.test(id2))
      return { ok: !0 };
    const refused = `GET /connections/${id2}/test answered result false: the source refused the credentials stored in the connection`;
    return { ok: !1, error: new Error(refused) };
  } catch (error2) {
    return { ok: !1, error: error2 instanceof Error ? error2 : new Error(String(error2)) };
  }
}
const errorMessage = (error2) => error2 instanceof Error ? error2.message : String(error2);
function twinsWarning(name, createdId, relisted, before) {
  const appeared = relisted.filter((c) => !before.has(c.id));
  if (!appeared.some((c) => c.id !== createdId))
    return;
  const { ordered, dated } = oldestFirst(appeared), ids = ordered.map((c) => c.id);
  return ids.includes(createdId) || ids.push(createdId), `${ids.length} connections named "${name}" appeared since the lookup, ${dated ? "oldest first" : "in list order"}: ${ids.join(", ")}. This run created ${createdId}; another run may be creating the same connection. Keep one and delete the others.`;
}
async function lookForTwins(settler, createdId, existing) {
  const { flow, identity, log } = settler, { name, specId } = identity;
  try {
    const relisted = await findByName(flow, name, specId), before = new Set(existing.map((c) => c.id)), warning2 = twinsWarning(name, createdId, relisted, before);
    warning2 && log.warning(warning2);
  } catch (error2) {
    log.warning(`Could not list "${name}" again to look for a twin created meanwhile: ${errorMessage(error2)}`);
  }
}
function sideBySide(action, verify) {
  return (action === "create" ? 1 : 0) + (action === "reuse" ? 0 : 1) + (verify ? 1 : 0);
}
function sideBySideSurely(ifExists, verify) {
  return ifExists === "create" ? sideBySide("create", verify) : ifExists === "update" ? sideBySide("update", verify) : 1;
}
async function settleAndVerify(settler, done, existing) {
  const twins = done.outcome === "created" ? lookForTwins(settler, done.ref.id, existing) : void 0;
  try {
    return await settleAndExplore(settler, done);
  } finally {
    await twins;
  }
}
async function settleAndExplore(settler, done) {
  const { flow, verify, clock, deadline, log } = settler, { id: id2 } = done.ref, firstSeen = done.state ? { state: done.state } : readSeen(flow, id2), verifyNow = () => verify_check(flow, id2, settler.verifiedBy), early = verify && done.state !== INITIALIZING ? verifyNow() : void 0, [first, earlyResult] = await Promise.all([firstSeen, early]), observed = first.state, seen = await settledState(flow, id2, first, { clock, deadline, log }), { state: state2 } = seen, read = seen.connection ? { connection: seen.connection } : {};
  if (observed === INITIALIZING && state2 !== "enabled")
    return {
      state: state2,
      ...read,
      unusable: `Connection ${id2} left ${INITIALIZING} as ${state2 ?? "an unknown state"}, not enabled`
    };
  if (state2 !== "enabled" && log.warning(`Connection ${id2} is ${state2 ?? "in an unknown state"}: it was ${done.outcome} as it is; enable it in Experience Platform before dataflows use it.`), !verify)
    return { state: state2, ...read };
  const verification = observed === INITIALIZING ? await verifyNow() : earlyResult;
  return verification ? { state: state2, ...read, verification } : { state: state2, ...read };
}
const BASIC_DEPRECATED = "salesforce-auth-type basic (Basic Authentication) was deprecated by Adobe in January 2026: move to oauth2-client-credential (salesforce-client-id and salesforce-client-secret).", JWT_KEPT = "reuse keeps the JWT stored in it, whose expiry Adobe does not show (it is a secret): if-exists: update writes the one from the inputs (a scheduled workflow can re-sign it before it expires).";
function checkBeforeWriting(log, preflight) {
  return log.group("Salesforce credentials", async () => {
    if ("skipped" in preflight)
      return log.info(`Salesforce credentials not checked before writing (${preflight.skipped})`), `not checked (${preflight.skipped})`;
    const { check } = preflight;
    return log.info(await check()), "accepted by Salesforce";
  });
}
function describeMatches(matches, name) {
  if (matches.length === 0)
    return `No connection named "${name}" exists yet`;
  const list2 = matches.map((c) => `${c.id} (${c.state ?? "state unknown"})`).join(", ");
  return `Found ${matches.length} connection(s) named "${name}": ${list2}`;
}
function mayBeOutdated(id2) {
  return `Connection ${id2} was reused as it is: the credentials stored in it may be outdated. if-exists: update writes the current ones.`;
}
async function applyAndVerify(stages, plan, existing, publish) {
  const { writer, settler, sourceLabel } = stages, { log } = writer, done = await log.group("Connection", () => applyPlan(writer, plan, existing));
  publish.connected(done);
  const settle = () => settleAndVerify(settler, done, existing), settled = settler.verify ? await log.group("Verification", async () => {
    const result = await settle(), v = result.verification;
    return v?.ok && v.objects !== void 0 ? log.info(`Flow Service reached ${sourceLabel}: ${v.objects} objects at the root`) : v?.ok && log.info(`Flow Service's connection test passed for ${sourceLabel}`), result;
  }) : await settle();
  if (publish.settled(settled), settled.unusable)
    throw new Error(settled.unusable);
  const { verification } = settled;
  if (verification && !verification.ok) {
    const why = done.outcome === "reused" ? `
${mayBeOutdated(done.ref.id)}` : "";
    throw new Error(`Verification failed: ${verification.error.message}${why}`);
  }
}
function checkDrift(log, connection, desired, publish, secrets) {
  const drift = connectionDrift(connection, desired, secrets);
  drift.length > 0 && log.warning(driftWarning(connection.id, drift)), desired.auth.specName === connection.auth?.specName && "jwtToken" in desired.auth.params && log.info(`Connection ${connection.id}: ${JWT_KEPT}`), publish.reusing(connection, drift);
}
function checkJwt(config2, redactor, log, now) {
  const { auth } = config2.salesforce;
  if (auth.type === "oauth2-jwt-token") {
    for (const secret of jwtSecrets(auth.jwtToken))
      redactor.register(secret);
    for (const warning2 of expiryWarnings(auth.expiry, config2.jwtWarnDays ?? 0, now))
      log.warning(warning2);
  }
}
function sourceAuth(config2, log, redactor) {
  if ("authParams" in config2) {
    for (const [, value] of stringEntries(config2.authParams.params))
      redactor.register(value);
    log.info("Salesforce preflight: not applicable with auth-params");
    const inputs2 = { specName: "auth-spec-name", param: authParamsInput };
    return { auth: config2.authParams, inputs: inputs2, label: "the source" };
  }
  config2.salesforce.auth.type === "basic" && log.warning(BASIC_DEPRECATED);
  const inputs = { specName: "salesforce-auth-type", param: salesforceParamInput };
  return { auth: salesforceAuth(config2.salesforce), inputs, label: "Salesforce" };
}
const platformConnectionsAhead = (config2) => Math.max(2, config2.dryRun ? 0 : sideBySideSurely(config2.ifExists, config2.verify));
async function connect(rt, redactor, log, publish) {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const secret of secretValues(raw))
    redactor.register(secret);
  publish.identify(raw.name, raw["sandbox-name"]);
  const config2 = parseRunInputs(raw, rt.clock.now()), salesforce = "authParams" in config2 ? void 0 : config2;
  salesforce && checkJwt(salesforce, redactor, log, rt.clock.now());
  for (const warning2 of inputs_secretWarnings(raw))
    log.warning(warning2);
  const source = sourceAuth(config2, log, redactor), { adobe, connection } = config2, desired = {
    name: connection.name,
    description: connection.description,
    sandboxName: adobe.sandboxName,
    auth: source.auth
  };
  publish.configured(config2, desired.auth.specName);
  const skipped = salesforce && preflightSkipped(salesforce);
  salesforce && skipped === void 0 && rt.transport.prepare?.(preflightBase(salesforce.salesforce), 1), rt.transport.prepare?.(config2.platformUrl, platformConnectionsAhead(config2));
  const { flow, http, deadline } = await openSession(rt, config2, log, redactor), preflight = salesforce && (skipped === void 0 ? { check: startPreflight(salesforce, { http, redactor, now: rt.clock.now }) } : { skipped }), lookup = log.group(`Lookup in sandbox ${adobe.sandboxName}`, async () => {
    const found = await findByName(flow, connection.name, connection.specId);
    return log.info(describeMatches(found, connection.name)), found;
  }), specRead = flow.connectionSpec(connection.specId);
  specRead.catch(() => {
  });
  const existing = await lookup, spec = await specRead, verdict = judgeAuth(spec, desired.auth, source.inputs, redactor), plan = planConnection(config2.ifExists, existing, desired);
  if (plan.action === "fail")
    throw new Error(plan.reason);
  if (config2.dryRun || rt.transport.prepare?.(config2.platformUrl, sideBySide(plan.action, config2.verify)), plan.action === "reuse")
    verdict.problems.length > 0 && log.warning(refusedOnReuse(connection.specId, plan.connection.id, verdict.problems)), checkDrift(log, plan.connection, desired, publish, verdict.secrets);
  else {
    if (verdict.problems.length > 0)
      throw refusedBeforeWriting(connection.specId, verdict.problems);
    preflight && publish.salesforceCredentials(await checkBeforeWriting(log, preflight));
  }
  if (config2.dryRun) {
    const scrub = (text) => redactor.scrub(text), { platformUrl } = config2;
    publish.planned(dryRun({ platformUrl, identity: connection, auth: desired.auth, scrub }, plan));
    return;
  }
  const writer = { flow, log, identity: connection, desired }, settler = {
    flow,
    log,
    clock: rt.clock,
    deadline,
    identity: connection,
    verify: config2.verify,
    verifiedBy: verifiedBy(spec)
  };
  await applyAndVerify({ writer, settler, sourceLabel: source.label }, plan, existing, publish);
}
const run = (rt) => runStep(rt, (core2, redactor, log) => new Publisher(core2, redactor, log), ({ redactor, log, publish }) => connect(rt, redactor, log, publish)), EXIT_GRACE_MS = 500, runtime = { core: actionsCore(), transport: httpClientTransport(), clock: systemClock };
run(runtime).then(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
