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
        var self = this;
        self.options = options || {}, self.proxyOptions = self.options.proxy || {}, self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets, self.requests = [], self.sockets = [], self.on("free", function(socket, host, port, localAddress) {
          for (var options2 = toOptions(host, port, localAddress), i = 0, len = self.requests.length; i < len; ++i) {
            var pending = self.requests[i];
            if (pending.host === options2.host && pending.port === options2.port) {
              self.requests.splice(i, 1), pending.request.onSocket(socket);
              return;
            }
          }
          socket.destroy(), self.removeSocket(socket);
        });
      }
      util2.inherits(TunnelingAgent, events.EventEmitter), TunnelingAgent.prototype.addRequest = function(req, host, port, localAddress) {
        var self = this, options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
        if (self.sockets.length >= this.maxSockets) {
          self.requests.push(options);
          return;
        }
        self.createSocket(options, function(socket) {
          socket.on("free", onFree), socket.on("close", onCloseOrRemove), socket.on("agentRemove", onCloseOrRemove), req.onSocket(socket);
          function onFree() {
            self.emit("free", socket, options);
          }
          function onCloseOrRemove(err) {
            self.removeSocket(socket), socket.removeListener("free", onFree), socket.removeListener("close", onCloseOrRemove), socket.removeListener("agentRemove", onCloseOrRemove);
          }
        });
      }, TunnelingAgent.prototype.createSocket = function(options, cb) {
        var self = this, placeholder = {};
        self.sockets.push(placeholder);
        var connectOptions = mergeOptions({}, self.proxyOptions, {
          method: "CONNECT",
          path: options.host + ":" + options.port,
          agent: !1,
          headers: {
            host: options.host + ":" + options.port
          }
        });
        options.localAddress && (connectOptions.localAddress = options.localAddress), connectOptions.proxyAuth && (connectOptions.headers = connectOptions.headers || {}, connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64")), debug2("making CONNECT request");
        var connectReq = self.request(connectOptions);
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
            error2.code = "ECONNRESET", options.request.emit("error", error2), self.removeSocket(placeholder);
            return;
          }
          if (head.length > 0) {
            debug2("got illegal response body from proxy"), socket.destroy();
            var error2 = new Error("got illegal response body from proxy");
            error2.code = "ECONNRESET", options.request.emit("error", error2), self.removeSocket(placeholder);
            return;
          }
          return debug2("tunneling connection has established"), self.sockets[self.sockets.indexOf(placeholder)] = socket, cb(socket);
        }
        function onError(cause) {
          connectReq.removeAllListeners(), debug2(
            `tunneling socket could not be established, cause=%s
`,
            cause.message,
            cause.stack
          );
          var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
          error2.code = "ECONNRESET", options.request.emit("error", error2), self.removeSocket(placeholder);
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
        var self = this;
        TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
          var hostHeader = options.request.getHeader("host"), tlsOptions = mergeOptions({}, self.options, {
            socket,
            servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
          }), secureSocket = tls.connect(0, tlsOptions);
          self.sockets[self.sockets.indexOf(socket)] = secureSocket, cb(secureSocket);
        });
      }
      function toOptions(host, port, localAddress) {
        return typeof host == "string" ? {
          host,
          port,
          localAddress
        } : host;
      }
      function mergeOptions(target2) {
        for (var i = 1, len = arguments.length; i < len; ++i) {
          var overrides = arguments[i];
          if (typeof overrides == "object")
            for (var keys = Object.keys(overrides), j = 0, keyLen = keys.length; j < keyLen; ++j) {
              var k = keys[j];
              overrides[k] !== void 0 && (target2[k] = overrides[k]);
            }
        }
        return target2;
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
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
      const cells = row.map((cell) => {
        if (typeof cell == "string")
          return this.wrap("td", cell);
        const { header, data, colspan, rowspan } = cell, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
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
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
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
const CONTROL = /[\p{Cc}\u2028\u2029]/gu, NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" }, escapeControl = (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function neutralise(text) {
  return text.replace(CONTROL, escapeControl).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
}
function log_clip(text, max) {
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
const seconds = (ms) => `${Number((ms / 1e3).toFixed(1))} s`;
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
function assignProp(target2, prop, value) {
  Object.defineProperty(target2, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
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
      const target2 = up ?? own2;
      initialized.has(target2) || (initialized.add(target2), members(target2, protoMembers));
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
  $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
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
    const { type, title, report, errorMessage } = flow.data;
    return {
      code: type.split("/").pop(),
      title,
      detail: report?.["detailed-message"] ?? errorMessage,
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
  return title ? `HTML page: ${JSON.stringify(log_clip(title, MAX_TITLE))}` : "HTML page";
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
const MAX_SCHEMA_CHARS = 64 * 1024, MAX_AUTH_SPECS = 64;
const specText = stringMatching(/^(?!.*(?:::|##\[))[^\p{C}\u2028\u2029]{1,256}$/u, "not one printable line of 1 to 256 characters"), jsonObject = (/* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown())).check(/* @__PURE__ */ refine((value) => JSON.stringify(value).length <= MAX_SCHEMA_CHARS, `larger than ${MAX_SCHEMA_CHARS} characters`)), authSpecSchema = /* @__PURE__ */ object({ name: specText, spec: jsonObject }), connectionSpecSchema = /* @__PURE__ */ object({
  id: stringMatching(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, "not a UUID"),
  name: specText,
  authSpec: (/* @__PURE__ */ array(authSpecSchema)).check(/* @__PURE__ */ _maxLength(MAX_AUTH_SPECS)),
  sourceSpec: /* @__PURE__ */ optional(/* @__PURE__ */ record(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ unknown())),
  exploreSpec: /* @__PURE__ */ optional(/* @__PURE__ */ object({ type: /* @__PURE__ */ optional((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ _maxLength(256))) }))
}), connectionSpecAnswer = /* @__PURE__ */ object({ items: /* @__PURE__ */ tuple([connectionSpecSchema]) });
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
      throw new Error(`GET /${collection}: the next-page link leaves ${base.href}: ${log_clip(url.href, MAX_SHOWN_LINK)}`);
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
    const { method, url } = call.request, shownUrl = log_clip(url, MAX_SHOWN_URL);
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
async function deleteAndWait(flow, collection, id2, waiting) {
  await flow.delete(collection, id2);
  const read = () => flow.find(collection, id2);
  await pollUntil(await read(), {
    waitingFor: `${collection}/${id2} to be gone after its DELETE`,
    done: (found) => found === void 0,
    describe: () => `${collection}/${id2} is still being deleted`,
    read
  }, waiting);
}
const KINDS = {
  dataflow: { collection: "flows", label: "dataflow" },
  "target-connection": { collection: "targetConnections", label: "target connection" },
  "source-connection": { collection: "sourceConnections", label: "source connection" },
  "base-connection": { collection: "connections", label: "base connection" }
}, describeResource = (r) => `${KINDS[r.kind].label} ${r.id}${r.name === void 0 ? "" : ` ("${r.name}")`}`, unique = (items) => [...new Set(items)];
function refusal(id2, flows) {
  const listed = flows.map((f) => `${f.id} ("${f.name}")`).join(", ");
  return `Base connection ${id2} is used by ${flows.length} dataflow(s): ${listed}. Nothing was deleted. cascade: true deletes them, with their source and target connections, before the connection.`;
}
function unreferenced(candidates, referencingFlows, deleting, named) {
  const kept = new Set(referencingFlows.filter((f) => !deleting.has(f.id)).flatMap(named));
  return [...new Map(candidates.filter((c) => !kept.has(c.id)).map((c) => [c.id, c])).values()];
}
function planTeardown(target2, found, missingOk) {
  const { root } = found;
  if (!root)
    return missingOk ? { action: "absent" } : { action: "fail", reason: `${target2.described} does not exist (missing-ok: false).` };
  const flows = [...new Map(found.flows.map((f) => [f.id, f])).values()];
  if (target2.kind === "base-connection" && !target2.cascade && flows.length > 0)
    return { action: "fail", reason: refusal(root.id, flows) };
  const deleting = new Set(flows.map((f) => f.id)), { referencingFlows } = found;
  return {
    action: "delete",
    steps: [
      ...flows.map((f) => ({ kind: "dataflow", id: f.id, name: f.name })),
      ...unreferenced(found.targetConnections, referencingFlows, deleting, (f) => f.targetConnectionIds),
      ...unreferenced(found.sourceConnections, referencingFlows, deleting, (f) => f.sourceConnectionIds),
      ...root.kind === "base-connection" ? [root] : []
    ],
    keptMappingSetIds: unique(flows.flatMap((f) => f.mappingSetIds))
  };
}
function deleteRequest(platformUrl, r) {
  return `DELETE ${platformUrl}${FLOW_SERVICE_PATH}/${KINDS[r.kind].collection}/${r.id}`;
}
async function applyTeardown(flow, waiting, steps, deleted) {
  for (const [n, step] of steps.entries()) {
    waiting.log.info(`Deleting ${describeResource(step)}`);
    try {
      await deleteAndWait(flow, KINDS[step.kind].collection, step.id, waiting);
    } catch (error2) {
      throw leftBehind(error2, steps.slice(n), steps.slice(0, n));
    }
    deleted(step);
  }
}
function leftBehind(error2, remaining, done) {
  const message = error2 instanceof Error ? error2.message : String(error2), orphans = done.some((r) => r.kind === "dataflow") ? remaining.filter((r) => r.kind === "source-connection" || r.kind === "target-connection") : [], requests = orphans.map((r) => `DELETE ${FLOW_SERVICE_PATH}/${KINDS[r.kind].collection}/${r.id}`), byHand = orphans.length ? ` Their dataflow being gone, a re-run cannot find ${orphans.map(describeResource).join(", ")} from the inputs: delete by id (${requests.join(", ")}) or in the Sources UI.` : "";
  return new Error(`${message}
Not deleted: ${remaining.map(describeResource).join(", ")}.${byHand}`, { cause: error2 });
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
const findByName = (flow, name, specId) => findNamed(flow, "connections", name, [`connectionSpec.id==${specId}`], (c) => c.connectionSpec.id === specId), MAPPING_SET_ID = /^[\w-]{1,64}$/;
async function listAll(flow, collection, filter) {
  const items = /* @__PURE__ */ new Map();
  for await (const page of flow.list(collection, [filter]))
    for (const item of page)
      items.set(item.id, item);
  return [...items.values()];
}
const IDS_PER_FILTER = 40;
async function listWhere(flow, collection, field, ids) {
  const found = [];
  for (let start = 0; start < ids.length; start += IDS_PER_FILTER) {
    const chunk = ids.slice(start, start + IDS_PER_FILTER);
    found.push(...await listAll(flow, collection, `${field}==${chunk.join(",")}`));
  }
  return found;
}
function foundFlow(f) {
  const mappingSetIds = (f.transformations ?? []).filter((t) => t.name === "Mapping").map((t) => t.params.mappingId).filter((id2) => typeof id2 == "string" && MAPPING_SET_ID.test(id2));
  return {
    id: f.id,
    name: f.name,
    sourceConnectionIds: f.sourceConnectionIds,
    targetConnectionIds: f.targetConnectionIds,
    mappingSetIds
  };
}
const resource = (kind) => (item) => ({ kind, id: item.id, name: item.name }), discover_unique = (ids) => [...new Set(ids)], idsOf = (resources) => resources.map((r) => r.id);
async function flowsNaming(flow, field, ids) {
  return (await listWhere(flow, "flows", `${field}[]`, ids)).map(foundFlow).filter((f) => f[field].some((id2) => ids.includes(id2)));
}
async function targetsOf(flow, flows) {
  const ids = discover_unique(flows.flatMap((f) => f.targetConnectionIds));
  return (await listWhere(flow, "targetConnections", "id", ids)).filter((t) => ids.includes(t.id)).map(resource("target-connection"));
}
async function underConnection(flow, root) {
  const sourceConnections = (await listAll(flow, "sourceConnections", `baseConnectionId==${root.id}`)).filter((s) => s.baseConnectionId === root.id).map(resource("source-connection")), flows = await flowsNaming(flow, "sourceConnectionIds", idsOf(sourceConnections)), targetConnections = await targetsOf(flow, flows), byTarget = await flowsNaming(flow, "targetConnectionIds", idsOf(targetConnections));
  return {
    root,
    flows,
    sourceConnections,
    targetConnections,
    referencingFlows: [...flows, ...byTarget]
  };
}
const NOTHING = {
  root: void 0,
  flows: [],
  sourceConnections: [],
  targetConnections: [],
  referencingFlows: []
};
async function underDataflow(flow, id2) {
  const found = await flow.find("flows", id2);
  if (!found)
    return NOTHING;
  const dataflow = foundFlow(found), sourceIds = discover_unique(dataflow.sourceConnectionIds), sourceConnections = (await listWhere(flow, "sourceConnections", "id", sourceIds)).filter((s) => sourceIds.includes(s.id)).map(resource("source-connection")), targetConnections = await targetsOf(flow, [dataflow]), bySource = await flowsNaming(flow, "sourceConnectionIds", idsOf(sourceConnections)), byTarget = await flowsNaming(flow, "targetConnectionIds", idsOf(targetConnections));
  return {
    root: resource("dataflow")(dataflow),
    flows: [dataflow],
    sourceConnections,
    targetConnections,
    referencingFlows: [...bySource, ...byTarget]
  };
}
async function baseConnection(flow, target2) {
  if (target2.by === "connection-id") {
    const found = await flow.find("connections", target2.id);
    return found && resource("base-connection")(found);
  }
  const matches = await findByName(flow, target2.name, target2.specId);
  if (matches.length > 1)
    throw new Error(`${matches.length} connections are named "${target2.name}": ${matches.map((c) => c.id).join(", ")}. Nothing was deleted: give the one to delete as connection-id.`);
  return matches[0] && resource("base-connection")(matches[0]);
}
function discover_describe(target2) {
  switch (target2.by) {
    case "connection-id":
      return `Base connection ${target2.id}`;
    case "name":
      return `A base connection named "${target2.name}"`;
    case "dataflow-id":
      return `Dataflow ${target2.id}`;
  }
}
async function discover(flow, target2) {
  const described = discover_describe(target2);
  if (target2.by === "dataflow-id")
    return { target: { kind: "dataflow", described }, found: await underDataflow(flow, target2.id) };
  const root = await baseConnection(flow, target2);
  return {
    target: { kind: "base-connection", described, cascade: target2.cascade },
    found: root ? await underConnection(flow, root) : NOTHING
  };
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
  scopes: /* @__PURE__ */ pipe((/* @__PURE__ */ pipe(/* @__PURE__ */ schemas_string(), /* @__PURE__ */ transform((v) => v.split(",").map((s) => s.trim())))).check(/* @__PURE__ */ refine((list) => list.every((s) => /^[\w.:-]+$/.test(s)), "must be a comma-separated list of scope names")), /* @__PURE__ */ transform((list) => list.join(","))),
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
  return !value || spec.secrets.includes(name) ? "" : ` (got ${JSON.stringify(log_clip(value, MAX_QUOTED))})`;
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
const DEFAULTS = {
  ...PLATFORM_DEFAULTS,
  "connection-spec-id": SALESFORCE_CONNECTION_SPEC_ID,
  cascade: "false",
  "missing-ok": "true",
  "timeout-seconds": "300"
}, UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, inputs_uuid = (what2) => emptyAsUndefined((/* @__PURE__ */ schemas_string()).check(/* @__PURE__ */ refine((v) => v === "" || UUID.test(v), `must be ${what2} (a UUID)`))), fields = /* @__PURE__ */ object({
  ...platformFields,
  "connection-id": inputs_uuid("a connection id"),
  name: emptyAsUndefined(resourceName),
  "connection-spec-id": stringMatching(UUID, "must be a connection spec id (a UUID)"),
  "dataflow-id": inputs_uuid("a dataflow id"),
  cascade: inputs_boolean,
  "missing-ok": inputs_boolean
}), SECRET_INPUTS = PLATFORM_SECRET_INPUTS, INPUT_NAMES = (/* @__PURE__ */ keyof(fields)).options, SPEC = {
  names: INPUT_NAMES,
  defaults: DEFAULTS,
  secrets: SECRET_INPUTS
}, TARGETS = ["connection-id", "name", "dataflow-id"];
function targetProblems(raw) {
  const given = TARGETS.filter((name) => raw[name] !== "");
  return given.length === 1 ? [] : [`exactly one of connection-id, name, dataflow-id is required: ${given.length === 0 ? "none is set" : `${given.join(" and ")} are all set`}`];
}
function cascadeProblems(raw) {
  return raw.cascade.toLowerCase() === "true" && raw["dataflow-id"] !== "" ? ["cascade is for a base connection (connection-id or name), not with dataflow-id"] : [];
}
function target(f) {
  const { cascade } = f;
  return f["dataflow-id"] ? { by: "dataflow-id", id: f["dataflow-id"] } : f.name ? { by: "name", name: f.name, specId: f["connection-spec-id"], cascade } : { by: "connection-id", id: f["connection-id"] ?? "", cascade };
}
function toConfig(f) {
  return { ...platformConfig(f), target: target(f), missingOk: f["missing-ok"] };
}
const readRawInputs = (getInput2) => readInputs(SPEC, getInput2);
function parseInputs(raw) {
  const checked = checkInputs(SPEC, fields, raw), problems = [
    ...checked.problems,
    ...adobeCredentialProblems(raw),
    ...targetProblems(raw),
    ...cascadeProblems(raw)
  ];
  if (!checked.fields || problems.length > 0)
    throw new InputError(problems);
  return toConfig(checked.fields);
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
const LIST_OUTPUTS = {
  dataflow: "deleted-dataflow-ids",
  "source-connection": "deleted-source-connection-ids",
  "target-connection": "deleted-target-connection-ids"
};
class TeardownPublisher {
  core;
  redactor;
  log;
  #deleted = [];
  #keptMappingSets = [];
  #planned = [];
  #subject;
  #sandbox;
  #outcome;
  #failure;
  constructor(core2, redactor, log) {
    this.core = core2, this.redactor = redactor, this.log = log;
  }
  identify(sandbox) {
    this.#sandbox = this.#text(sandbox) || void 0;
  }
  target(described) {
    this.#subject = this.#text(described);
  }
  absent() {
    this.#outcome = "absent";
  }
  keeping(mappingSetIds) {
    this.#keptMappingSets = mappingSetIds;
  }
  deleted(resource2) {
    this.#deleted.push({ ...resource2, name: resource2.name && this.#text(resource2.name) });
  }
  done() {
    this.#outcome = "deleted";
  }
  /** A dry run: the DELETEs a real run would send, in order. */
  wouldDelete(requests) {
    this.#outcome = "would-delete", this.#planned = requests;
  }
  failed(error2) {
    const text = error2 instanceof Error ? error2.message : String(error2);
    this.#failure = {
      text,
      shown: error2 instanceof InputError ? { problems: error2.problems.map((p) => this.#text(p)) } : { message: this.#text(text) }
    };
  }
  async finish() {
    this.#setOutputs(), await writeJobSummary(this.core, this.redactor, this.log, this.#summary()), this.log.info(this.#resultLine()), this.#failure !== void 0 && this.log.fail(this.#failure.text);
  }
  #setOutputs() {
    const output = outputSetter(this.core);
    if (output("outcome", this.#outcome), this.#outcome === "would-delete" || this.#outcome === void 0 && this.#deleted.length === 0)
      return;
    const ids = (kind) => this.#deleted.filter((r) => r.kind === kind).map((r) => r.id);
    output("deleted-connection-id", ids("base-connection").join(","));
    for (const [kind, name] of Object.entries(LIST_OUTPUTS))
      output(name, ids(kind).join(","));
    output("kept-mapping-set-ids", this.#keptMappingSets.join(","));
  }
  #resultLine() {
    const subject = `Teardown of ${this.#subject ?? "Flow Service resources"}${this.#sandbox ? ` in sandbox ${this.#sandbox}` : ""}`, words = [
      this.#outcome === "would-delete" ? `would delete ${this.#planned.length} resource(s), nothing changed (dry run)` : this.#outcome,
      this.#deleted.length > 0 || this.#outcome === "deleted" ? `${this.#deleted.length} resource(s) deleted` : void 0,
      this.#keptMappingSets.length > 0 && this.#outcome !== "would-delete" ? `${this.#keptMappingSets.length} mapping set(s) kept` : void 0,
      this.#failure ? "failed" : void 0
    ].filter((word) => word !== void 0);
    return `${subject}: ${words.join(", ")}`;
  }
  #summary() {
    const heading = `## Teardown${this.#subject ? ` of ${inlineMarkdown(this.#subject)}` : ""}${this.#sandbox ? ` in sandbox ${inlineMarkdown(this.#sandbox)}` : ""}`, row = (r) => `| ${KINDS[r.kind].label} | ${r.name === void 0 ? "\u2014" : inlineMarkdown(r.name)} | ${r.id} |`, failure2 = this.#failure?.shown;
    return [
      heading,
      "",
      `Outcome: ${this.#outcome ?? (failure2 ? "failed" : "not known")}`,
      ...this.#deleted.length > 0 ? [
        "",
        "### Deleted",
        "",
        "| Kind | Name | Id |",
        "|---|---|---|",
        ...this.#deleted.map(row)
      ] : [],
      ...this.#keptMappingSets.length > 0 ? [
        "",
        "### Kept mapping sets (Data Prep has no DELETE for them)",
        "",
        ...this.#keptMappingSets.map((id2) => `- ${inlineMarkdown(id2)}`)
      ] : [],
      ...this.#planned.length > 0 ? ["", "### Planned requests (dry run)", "", ...codeBlock("http", this.#planned.join(`
`))] : [],
      ...failure2 === void 0 ? [] : "problems" in failure2 ? ["", "### Invalid inputs", "", ...failure2.problems.map((p) => `- ${inlineMarkdown(p)}`)] : ["", "### Failed", "", ...codeBlock("text", failure2.message)],
      ""
    ].join(`
`);
  }
  #text(text) {
    return this.redactor.scrub(text);
  }
}
async function teardown(rt, redactor, log, publish) {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const name of SECRET_INPUTS)
    redactor.register(raw[name]);
  publish.identify(raw["sandbox-name"]);
  const config2 = parseInputs(raw), { flow, deadline } = await openSession(rt, config2, log, redactor), { target: target2, found } = await log.group(`Discovery in sandbox ${config2.adobe.sandboxName}`, () => discover(flow, config2.target));
  publish.target(target2.described);
  const plan = planTeardown(target2, found, config2.missingOk);
  if (plan.action === "fail")
    throw new Error(plan.reason);
  if (plan.action === "absent") {
    log.info(`${target2.described} does not exist: nothing to delete`), publish.absent();
    return;
  }
  if (publish.keeping(plan.keptMappingSetIds), log.info(`To delete, in order: ${plan.steps.map(describeResource).join(", ")}`), config2.dryRun) {
    const requests = plan.steps.map((step) => deleteRequest(config2.platformUrl, step));
    for (const request of requests)
      log.info(`Would send ${request}`);
    publish.wouldDelete(requests);
    return;
  }
  const waiting = { clock: rt.clock, deadline, log };
  await log.group("Deleting, children first", () => applyTeardown(flow, waiting, plan.steps, (step) => publish.deleted(step))), publish.done();
}
const run = (rt) => runStep(rt, (core2, redactor, log) => new TeardownPublisher(core2, redactor, log), ({ redactor, log, publish }) => teardown(rt, redactor, log, publish)), EXIT_GRACE_MS = 500, runtime = { core: actionsCore(), transport: httpClientTransport(), clock: systemClock };
run(runtime).then(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
