// Upload in the browser: drop one or many files on the queue (or choose them); each is sent
// to POST /api/documents (the same intake, limits, CSRF token and role check as any client)
// with its own progress bar, then says what became of it: queued, duplicate or quarantined
// (with the reason). Two at a time, so a big batch neither floods the server nor waits.
// The files of one drop are one import run (as `orderdesk ingest` makes one): opened before
// the first is sent, closed once the last has answered, followed on /imports/<run>.
(function () {
  "use strict";
  const zone = document.getElementById("upload");
  if (!zone) return;
  const list = document.getElementById("upload-list");
  const input = document.getElementById("upload-input");
  const maxBytes = Number(zone.dataset.maxMb || "100") * 1024 * 1024;
  const tokenMeta = document.querySelector("meta[name=csrf-token]");
  const token = tokenMeta ? tokenMeta.content : "";
  const waiting = [];
  let running = 0;
  const PARALLEL = 2;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function sizeText(n) {
    return n >= 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " kB";
  }

  function row(file) {
    const li = el("li", "upload");
    li.append(el("span", "name", file.name), el("span", "muted size", sizeText(file.size)));
    const bar = el("progress");
    bar.max = 100; bar.value = 0;
    const outcome = el("span", "outcome muted", "waiting");
    li.append(bar, outcome);
    list.prepend(li);
    return { li, bar, outcome };
  }

  function finish(r, state, text, href) {
    r.li.classList.add(state);
    r.li.dataset.outcome = state;
    r.outcome.className = "outcome " + state;
    r.outcome.textContent = text;
    if (href) {
      const a = el("a", "", "open");
      a.href = href;
      r.outcome.append(" · ", a);
    }
  }

  function answer(r, xhr) {
    let body = {};
    try { body = JSON.parse(xhr.responseText || "{}"); } catch (e) { body = {}; }
    r.bar.value = 100;
    const detail = typeof body.detail === "string" ? body.detail : "";
    if (body.outcome === "ingested") {
      finish(r, "queued", "queued for reading · #" + body.id, "/documents/" + body.id);
    } else if (body.outcome === "duplicate") {
      finish(r, "duplicate", "duplicate: this file was already received · #" + body.id, "/documents/" + body.id);
    } else if (body.outcome === "quarantined") {
      finish(r, "quarantined", "quarantined: " + (body.reason || "no reason given"), "/quarantine/" + body.id);
    } else if (xhr.status === 413) {
      finish(r, "refused", "too large: " + detail);
    } else if (xhr.status === 401) {
      finish(r, "refused", "your session ended: log in again, then drop the file again");
    } else if (xhr.status === 403) {
      finish(r, "refused", "refused: " + (detail || "not allowed"));
    } else {
      finish(r, "failed", "failed (" + xhr.status + "): " + (detail || "try again"));
    }
  }

  function send(file, r, run) {
    running += 1;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.setRequestHeader("Accept", "application/json");
    r.outcome.textContent = "uploading";
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) r.bar.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.upload.addEventListener("load", function () { r.outcome.textContent = "checking"; });
    xhr.addEventListener("load", function () { answer(r, xhr); done(run); });
    xhr.addEventListener("error", function () { finish(r, "failed", "failed: the connection broke off; try again"); done(run); });
    const form = new FormData();
    form.append("file", file, file.name);
    if (run && run.id) form.append("import_run", run.id);
    xhr.send(form);
  }

  function post(url, fields) {
    const body = new FormData();
    Object.keys(fields).forEach(function (k) { body.append(k, fields[k]); });
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": token, "Accept": "application/json" },
    }).then(function (resp) { return resp.ok ? resp.json() : null; }).catch(function () { return null; });
  }

  // the run's line above its files: where to follow it, and its counts once closed
  function runLine(run) {
    const li = el("li", "upload-run");
    li.dataset.run = run.id;
    const a = el("a", "", "import " + run.id);
    a.href = run.url;
    li.append(a, el("span", "muted state", " · " + run.files + " file(s) · sending"));
    list.prepend(li);
    run.line = li;
  }

  function closeRun(run) {
    if (!run.id || --run.left > 0) return;
    post("/imports/" + run.id + "/finish", {}).then(function (body) {
      const state = run.line && run.line.querySelector(".state");
      if (!state) return;
      run.line.dataset.state = "finished";
      if (!body) { state.textContent = " · could not be closed; see the imports page"; return; }
      const c = body.counts;
      state.textContent = " · finished: ingested " + c.ingested + ", duplicates " + c.duplicate +
        ", quarantined " + c.quarantined + (c.not_taken ? ", not taken " + c.not_taken : "");
    });
  }

  function done(run) {
    running -= 1;
    if (run) closeRun(run);
    next();
    if (!running && !waiting.length) zone.dispatchEvent(new CustomEvent("uploads-done", { bubbles: true }));
  }

  function next() {
    while (running < PARALLEL && waiting.length) {
      const [file, r, run] = waiting.shift();
      send(file, r, run);
    }
  }

  function take(dropped) {
    const files = Array.from(dropped);
    if (!files.length) return;
    const names = files.map(function (f) { return f.name; });
    const label = names.slice(0, 3).join(", ") + (names.length > 3 ? " and " + (names.length - 3) + " more" : "");
    // every file dropped is announced, so one refused for its size shows as "not taken"
    post("/imports", { files: files.length, label: label }).then(function (body) {
      const run = body ? { id: body.run, url: body.url, files: files.length, left: 0 } : null;
      const rows = files.map(function (file) { return [file, row(file)]; });
      if (run) runLine(run);  // above this drop's files
      rows.forEach(function ([file, r]) {
        if (file.size > maxBytes) {  // the server refuses it too; this saves sending it
          finish(r, "refused", "too large: over the " + zone.dataset.maxMb + " MB limit; split it, or ask for the limit to be raised");
          return;
        }
        if (run) run.left += 1;
        waiting.push([file, r, run]);
      });
      if (run && !run.left) { run.left = 1; closeRun(run); }
      next();
    });
  }

  ["dragenter", "dragover"].forEach(function (name) {
    document.addEventListener(name, function (e) {
      if (!e.dataTransfer || Array.from(e.dataTransfer.types || []).indexOf("Files") < 0) return;
      e.preventDefault();
      zone.classList.add("over");
    });
  });
  document.addEventListener("dragleave", function (e) {
    if (!e.relatedTarget) zone.classList.remove("over");
  });
  document.addEventListener("drop", function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    e.preventDefault();  // never let the browser open a dropped PDF instead of uploading it
    zone.classList.remove("over");
    take(e.dataTransfer.files);
  });
  input.addEventListener("change", function () { take(input.files); input.value = ""; });
})();
