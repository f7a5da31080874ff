// The upload benchmark's page logic, run inside the app's own page (injected by the driver, after
// ali-oss's browser build). Every upload sends the same File, chosen from disk; each is timed by the browser's
// resource timing, from the start of the first request to the bucket to the end of the answer to
// CompleteMultipartUpload, so both sides are measured by the same clock over the same span.
window.uploadBench = (function () {
  // The page and any frames it made: the server's page runs the app's script in the page itself, but
  // GWT's own loader (app.nocache.js) would run it in a frame, whose resource timing would hold its requests.
  function timelines() {
    const frames = Array.from(document.querySelectorAll("iframe")).map(frame => frame.contentWindow);
    return [window].concat(frames).map(w => w.performance);
  }

  // The span of the multipart upload whose requests went to `bucketPath`, or null while unfinished.
  function uploadSpan(bucketPath) {
    const entries = timelines()
        .flatMap(timeline => timeline.getEntriesByType("resource"))
        .filter(e => e.name.includes(bucketPath));
    const complete = entries.find(e => e.name.includes("uploadId=") && !e.name.includes("partNumber="));
    if (!complete || entries.length === 0) {
      return null;
    }
    const start = Math.min(...entries.map(e => e.startTime));
    const partRequests = entries.filter(e => e.name.includes("partNumber="));
    const parts = new Set(partRequests.map(e => new URL(e.name).searchParams.get("partNumber"))).size;
    return { ms: complete.responseEnd - start, parts: parts, partRequests: partRequests.length,
             failedPartRequests: partRequests.filter(e => e.responseStatus !== 200).length };
  }

  return {
    // A file input of the benchmark's own, for the driver to choose the file on disk with, as a person
    // would: a File read from disk, not one made by script in memory. Chromium keeps a large Blob made
    // by script in its blob storage, and while it moves it there a request whose body is a slice of it
    // can fail before it is sent (ERR_BLOB_OUT_OF_MEMORY, no HTTP answer); a chosen file never goes there.
    addFileInput() {
      const input = document.createElement("input");
      input.type = "file";
      input.id = "upload-bench-file";
      document.body.appendChild(input);
    },

    // Takes the chosen File as the one every side uploads, and makes room for every request's timing entry.
    adoptFile() {
      window.uploadBenchFile = document.getElementById("upload-bench-file").files[0];
      timelines().forEach(timeline => timeline.setResourceTimingBufferSize(100000));
      return window.uploadBenchFile ? window.uploadBenchFile.size : null;
    },

    // Ours: hands the File to the app through its own file input, as a person choosing it would.
    startOurs() {
      timelines().forEach(timeline => timeline.clearResourceTimings());
      const transfer = new DataTransfer();
      transfer.items.add(window.uploadBenchFile);
      const input = document.getElementById("file-input");
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },

    // ali-oss's multipartUpload of the same File, with the session's STS token from our token endpoint.
    startAliOss(key, partSize, parallel) {
      timelines().forEach(timeline => timeline.clearResourceTimings());
      window.aliOssResult = null;
      fetch("/api/sts-token")
        .then(response => response.json())
        .then(token => {
          const bucketUrl = new URL(token.OssEndpoint);
          const client = new OSS({
            region: "oss-" + token.Region,
            bucket: token.Bucket,
            endpoint: bucketUrl.origin,
            sldEnable: true, // path-style, as an IP endpoint needs
            accessKeyId: token.AccessKeyId,
            accessKeySecret: token.AccessKeySecret,
            stsToken: token.SecurityToken,
            authorizationV4: true,
          });
          return client.multipartUpload(token.UploadPrefix + key, window.uploadBenchFile,
              { partSize: partSize, parallel: parallel });
        })
        .then(() => { window.aliOssResult = "done"; })
        .catch(error => { window.aliOssResult = "failed: " + error + " " + JSON.stringify(error); });
    },

    // The ceiling: the same File in the same slices, `parallel` at a time, each sent by a plain
    // XMLHttpRequest PUT to `url` (an endpoint that discards what it reads), then one small POST that
    // stands for CompleteMultipartUpload, so that the span is measured as the others are.
    startRawXhr(url, partSize, parallel) {
      timelines().forEach(timeline => timeline.clearResourceTimings());
      window.rawXhrResult = null;
      const file = window.uploadBenchFile;
      const parts = Math.ceil(file.size / partSize);
      let next = 1;
      let finished = 0;
      const send = (method, query, body) => new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open(method, url + "?" + query);
        xhr.onload = () => xhr.status === 200 ? resolve() : reject(new Error(method + " " + query + ": " + xhr.status));
        xhr.onerror = () => reject(new Error(method + " " + query + ": no HTTP answer"));
        xhr.send(body);
      });
      const sendNext = () => {
        if (next > parts) {
          return Promise.resolve();
        }
        const part = next++;
        const slice = file.slice((part - 1) * partSize, Math.min(file.size, part * partSize));
        return send("PUT", "partNumber=" + part + "&uploadId=raw", slice).then(() => { finished++; return sendNext(); });
      };
      Promise.all(Array.from({ length: parallel }, sendNext))
        .then(() => send("POST", "uploadId=raw", "<CompleteMultipartUpload/>"))
        .then(() => { window.rawXhrResult = finished === parts ? "done" : "sent " + finished + " of " + parts; })
        .catch(error => { window.rawXhrResult = "failed: " + error; });
    },

    rawXhrResult() {
      return window.rawXhrResult;
    },

    aliOssResult() {
      return window.aliOssResult;
    },

    span(bucketPath) {
      return uploadSpan(bucketPath);
    },
  };
})();
