// The upload benchmark's page logic, run inside the app's own page (injected by the driver, after
// ali-oss's browser build). Both uploads send the same in-memory File; each is timed by the browser's
// resource timing, from the start of the first request to the bucket to the end of the answer to
// CompleteMultipartUpload, so both sides are measured by the same clock over the same span.
window.uploadBench = (function () {
  const PATTERN_PRIME = 65521;

  // The page and the frames it made: GWT runs the app's script in a frame of the page, so the app's
  // requests are in that frame's resource timing.
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
    // One File of `size` bytes in memory, typed as a JPEG so that the app admits it, and room for
    // every request's timing entry. Chromium hands a new large Blob over to its storage in the
    // background, and requests that read a part of it meanwhile can fail; so the File is read back
    // once, whole, before it is used, and `done` is called then.
    makeFile(size, done) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) {
        bytes[i] = (i % PATTERN_PRIME) & 0xff;
      }
      window.uploadBenchFile = new File([bytes], "upload.jpg", { type: "image/jpeg" });
      timelines().forEach(timeline => timeline.setResourceTimingBufferSize(100000));
      window.uploadBenchFile.arrayBuffer().then(read => done(read.byteLength), error => done(String(error)));
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

    aliOssResult() {
      return window.aliOssResult;
    },

    span(bucketPath) {
      return uploadSpan(bucketPath);
    },
  };
})();
