// The signing benchmark's page logic. The driver calls signingBench.setUp(inputs) once, then
// signingBench.time(name, count) for each timed batch.

// --- The seed's RPC V1 signing (the tutorial's imm_example.html), written again here. ---
// The same steps: sort the names, encodeURIComponent with the five extra replacements, join, then
// CryptoJS HmacSHA1 with Base64. The seed's functions are `async`; these are not, so the reference is
// timed without the promise overhead the seed adds to every signature.
function seedEncode(str) {
  const result = encodeURIComponent(str);
  return result
    .replace(/!/g, "%21")
    .replace(/'/g, "%27")
    .replace(/\(/g, "%28")
    .replace(/\)/g, "%29")
    .replace(/\*/g, "%2A");
}

function seedNormalize(params) {
  const list = [];
  const keys = Object.keys(params).sort();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    list.push([seedEncode(key), seedEncode(params[key])]);
  }
  return list;
}

function seedCanonicalize(normalized) {
  const fields = [];
  for (let i = 0; i < normalized.length; i++) {
    const [key, value] = normalized[i];
    fields.push(key + "=" + value);
  }
  return fields.join("&");
}

function seedSha1(data, key) {
  const keyData = CryptoJS.enc.Utf8.parse(key);
  const hmac = CryptoJS.HmacSHA1(data, keyData);
  return hmac.toString(CryptoJS.enc.Base64);
}

function seedRpcSignature(signedParams, method, secret) {
  const canonicalized = seedCanonicalize(seedNormalize(signedParams));
  const stringToSign = `${method}&${seedEncode("/")}&${seedEncode(canonicalized)}`;
  return seedSha1(stringToSign, secret + "&");
}

// --- The benchmark harness. ---
window.signingBench = (function () {
  const signers = {};

  return {
    // Builds every signer from the same inputs, and returns each one's signature for the driver to
    // compare before anything is timed.
    setUp(inputs) {
      const ours = new ossdirect.bench.RpcV1Call("POST", inputs.rpcParameters, inputs.accessKeySecret);
      signers.oursRpcV1 = () => ours.sign();
      signers.seedRpcV1 = () => seedRpcSignature(inputs.rpcParameters, "POST", inputs.accessKeySecret);

      const oursV4 = new ossdirect.bench.OssV4PutObject(inputs.region, inputs.bucket, inputs.key,
          inputs.contentType, inputs.accessKeyId, inputs.accessKeySecret, inputs.securityToken,
          inputs.epochMillis);
      signers.oursOssV4 = () => oursV4.sign();
      const client = new OSS({
        region: "oss-" + inputs.region,
        bucket: inputs.bucket,
        accessKeyId: inputs.accessKeyId,
        accessKeySecret: inputs.accessKeySecret,
        stsToken: inputs.securityToken,
        authorizationV4: true,
      });
      // What ali-oss's request builder does for a V4 PutObject: the dated headers, then its V4 signer.
      signers.aliOssV4 = () => client.authorizationV4("PUT", {
        headers: {
          "content-type": inputs.contentType,
          "x-oss-date": inputs.ossV4DateTime,
          "x-oss-content-sha256": "UNSIGNED-PAYLOAD",
          "x-oss-security-token": inputs.securityToken,
        },
      }, inputs.bucket, inputs.key, []);

      const signatures = {};
      for (const name of Object.keys(signers)) {
        signatures[name] = signers[name]();
      }
      return signatures;
    },

    // Signs `count` times with one signer; returns the elapsed milliseconds and the last signature.
    time(name, count) {
      const sign = signers[name];
      let last = null;
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        last = sign();
      }
      return { ms: performance.now() - start, last: last };
    },
  };
})();
