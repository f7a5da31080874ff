// Given to Chromium before any page loads (Page.addScriptToEvaluateOnNewDocument), in the top frame
// only: notes, on the page's own clock (performance.now(), from the start of the navigation), when the
// file input is there, when the file is chosen, when the upload is done and when the faces are drawn,
// and presses the seed page's buttons as soon as each can be pressed.
//   ours: the face boxes (or "No faces found") in the file's card, which the app draws with IMM's answer;
//   the seed: its result shown in #result, which it fills with IMM's answer (or an error).
(function () {
  if (window.top !== window) {
    return;
  }
  const probe = window.firstFaces = { ready: null, chosen: null, uploaded: null, drawn: null, faces: null, result: null, states: {} };
  if (window.firstFacesDetail) {
    // Only with -Dbench.firstfaces.detail: what kept the page busy, and when its pictures were ready.
    probe.longTasks = [];
    probe.marks = {};
    new PerformanceObserver(list => list.getEntries().forEach(task =>
        probe.longTasks.push(task.startTime.toFixed(1) + " +" + task.duration.toFixed(1))))
        .observe({ type: "longtask", buffered: true });
    document.addEventListener("load", event => {
      if (event.target.tagName === "IMG" || event.target.tagName === "SCRIPT") {
        probe.marks[event.target.tagName + " load"] = performance.now();
      }
    }, true);
    document.addEventListener("readystatechange", () => { probe.marks[document.readyState] = performance.now(); });
  }
  let chosenFile = null;
  function look() {
    if (probe.drawn !== null) {
      return;
    }
    if (probe.ready === null && document.querySelector("#file, #file-input")) {
      probe.ready = performance.now();
    }
    const card = document.querySelector("[data-testid=file-card]");
    if (card && !(card.getAttribute("data-state") in probe.states)) {
      probe.states[card.getAttribute("data-state")] = performance.now();
    }
    const boxes = document.querySelectorAll("[data-testid=face-box]");
    if (boxes.length > 0 || document.querySelector("[data-testid=no-faces]")) {
      probe.drawn = performance.now();
      probe.faces = boxes.length;
      timeDecode();
      return;
    }
    const uploaded = document.querySelector("#oss-result");
    if (probe.uploaded === null && uploaded && uploaded.textContent) {
      probe.uploaded = performance.now();
      document.querySelector("#imm-form button").click();
    }
    const result = document.querySelector("#result");
    if (result && result.textContent) {
      probe.drawn = performance.now();
      probe.result = result.textContent;
      try {
        probe.faces = JSON.parse(result.textContent).Faces.length;
      } catch (notFaces) {
        probe.faces = null;
      }
      timeDecode();
    }
  }
  // Only with -Dbench.firstfaces.detail, once the faces are drawn: how long this browser takes to decode
  // the chosen picture whole, and at a tenth of its width (createImageBitmap), for comparison.
  function timeDecode() {
    if (!window.firstFacesDetail) {
      return;
    }
    const image = new Image();
    const start = performance.now();
    image.src = URL.createObjectURL(chosenFile);
    image.decode().then(() => {
      probe.marks.decodeWhole = performance.now() - start;
      const small = performance.now();
      return createImageBitmap(chosenFile, { resizeWidth: Math.round(image.naturalWidth / 10) })
          .then(() => { probe.marks.decodeSmall = performance.now() - small; });
    }).catch(error => { probe.marks.decodeSmall = String(error); });
  }
  function pressUpload() {
    document.querySelector("#oss-upload-form button").click();
  }
  document.addEventListener("change", event => {
    probe.chosen = performance.now();
    chosenFile = event.target.files[0];
    if (event.target.id === "file") {
      // Pressed before the page's script ran, the button would submit the form the browser's own way.
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", pressUpload);
      } else {
        pressUpload();
      }
    }
  }, true);
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();
