// The review screen, keyboard first. No build step, no framework: plain DOM.
(function () {
  "use strict";
  const form = document.getElementById("review-form");
  if (!form) return;
  const action = document.getElementById("action");

  // a page whose original is not available keeps its boxes on a blank sheet
  document.querySelectorAll(".pageview img").forEach((img) => {
    const hide = () => img.classList.add("missing");
    if (img.complete && img.naturalWidth === 0) hide();
    img.addEventListener("error", hide);
  });

  // --- page boxes <-> fields -------------------------------------------------------------
  function showBox(input) {
    document.querySelectorAll(".box.active").forEach((b) => b.classList.remove("active"));
    const id = input && input.dataset.box;
    const box = id && document.getElementById(id);
    if (box) {
      box.classList.add("active");
      box.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }
  form.addEventListener("focusin", (e) => showBox(e.target));
  document.querySelectorAll(".box").forEach((box) =>
    box.addEventListener("click", () => {
      const target = document.getElementById(box.dataset.target);
      if (target) { target.focus(); target.select && target.select(); }
    })
  );
  document.querySelectorAll("a.goto").forEach((a) =>
    a.addEventListener("click", (e) => {
      e.preventDefault();
      const t = document.getElementById(a.dataset.target);
      if (t) t.focus();
    })
  );

  // --- Tab / Enter: to the next field that needs attention -------------------------------
  function attentionAfter(el) {
    const all = Array.from(form.querySelectorAll("[data-attention]")).filter((x) => !x.disabled);
    const after = all.find((x) => el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { next: after, first: all[0] };
  }
  form.addEventListener("keydown", (e) => {
    const el = e.target;
    if (!(el instanceof HTMLInputElement)) return;
    if ((e.key === "Enter" || (e.key === "Tab" && !e.shiftKey)) && !e.altKey && !e.ctrlKey) {
      const { next, first } = attentionAfter(el);
      if (next) { e.preventDefault(); next.focus(); next.select(); return; }
      if (e.key === "Enter") {
        e.preventDefault();  // Enter never submits by accident; it moves on
        const target = first && first !== el ? first : document.getElementById("approve") || document.getElementById("reason");
        if (target) target.focus();
      }
    }
  });

  // --- shortcuts ----------------------------------------------------------------------------
  function submit(name) {
    if ((name === "reject" || name === "hold") && !document.getElementById("reason").value.trim()) {
      const reason = document.getElementById("reason");
      reason.focus();
      reason.placeholder = "say why, then press the shortcut again";
      return;
    }
    action.value = name;
    // the clicked button's value would win; submit without a submitter so the hidden one counts
    form.requestSubmit();
  }
  form.querySelectorAll("button[type=submit]").forEach((b) =>
    b.addEventListener("click", (e) => {
      e.preventDefault();
      if (!b.disabled) submit(b.value);
    })
  );
  const keys = { KeyS: "save", KeyA: "approve", KeyR: "reject", KeyH: "hold" };
  document.addEventListener("keydown", (e) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const name = keys[e.code];
    if (name) {
      e.preventDefault();
      const button = form.querySelector(`button[value=${name}]`);
      if (button && !button.disabled) submit(name);
      return;
    }
    if (e.code === "KeyL") { e.preventDefault(); addLine(null); }
    if (e.code === "KeyD") { e.preventDefault(); deleteRow(currentRow()); }
    if (e.code === "KeyP") { e.preventDefault(); splitRow(currentRow()); }
  });

  // --- lines like a small spreadsheet -----------------------------------------------------
  const body = document.querySelector("#lines tbody");
  const template = document.getElementById("line-template");
  let counter = 1000;
  function currentRow() {
    const el = document.activeElement;
    return el && el.closest ? el.closest("#lines tbody tr") : null;
  }
  function renumber() {
    body.querySelectorAll("tr").forEach((tr, i) => { tr.querySelector(".pos").textContent = i + 1; });
  }
  function addLine(after, values) {
    if (!body || !template) return null;
    const html = template.innerHTML.replaceAll("__i__", String(counter++));
    const holder = document.createElement("tbody");
    holder.innerHTML = html;
    const tr = holder.firstElementChild;
    if (after) after.after(tr); else body.appendChild(tr);
    if (values) for (const [k, v] of Object.entries(values)) { const i = tr.querySelector(".c-" + k); if (i) i.value = v; }
    renumberInputs();
    renumber();
    tr.querySelector("input").focus();
    return tr;
  }
  // names carry the row order: l.<n>.<column>, so the server keeps what the clerk sees
  function renumberInputs() {
    body.querySelectorAll("tr").forEach((tr, i) =>
      tr.querySelectorAll("input").forEach((inp) => { inp.name = inp.name.replace(/^l\.\d+\./, `l.${i + 1}.`); })
    );
  }
  function deleteRow(tr) {
    if (!tr) return;
    const next = tr.nextElementSibling || tr.previousElementSibling;
    tr.remove();
    renumberInputs();
    renumber();
    if (next) next.querySelector("input").focus();
  }
  function splitRow(tr) {
    if (!tr) return;
    const get = (c) => tr.querySelector(".c-" + c);
    const qty = parseFloat((get("quantity").value || "0").replace(",", "."));
    const price = parseFloat((get("unit_price").value || "").replace(",", "."));
    const half = Math.floor(qty / 2);
    const values = {};
    ["sku", "description", "unit", "unit_price", "tax_rate"].forEach((c) => { values[c] = get(c).value; });
    values.quantity = String(qty - half);
    get("quantity").value = String(half);
    if (!isNaN(price)) {
      get("line_total").value = (half * price).toFixed(2);
      values.line_total = ((qty - half) * price).toFixed(2);
    }
    addLine(tr, values);
  }
  if (body) {
    body.addEventListener("click", (e) => {
      const b = e.target.closest("button[data-act]");
      if (!b) return;
      const tr = b.closest("tr");
      if (b.dataset.act === "delete") deleteRow(tr);
      if (b.dataset.act === "split") splitRow(tr);
    });
    renumberInputs();
  }
  const add = document.getElementById("add-line");
  if (add) add.addEventListener("click", () => addLine(null));

  // --- totals that follow the lines -------------------------------------------------------
  // The server computes (POST /documents/ID/totals, through HTMX, on every edit); here only
  // the line totals it returns are shown. A total the clerk did not type is sent as it was
  // printed (or empty on a new line), so the server's rule "an edited quantity or price
  // carries its total along" sees the same form the save will see.
  const lineTotals = () => body ? Array.from(body.querySelectorAll("input.c-line_total")) : [];
  lineTotals().forEach((inp) => { inp.dataset.orig = inp.value; });
  const untyped = (inp) => inp.dataset.typed !== "1";
  const restoreTotals = (params) => lineTotals().forEach((inp) => {
    if (!untyped(inp)) return;
    if (params) params[inp.name] = inp.dataset.orig || ""; else inp.value = inp.dataset.orig || "";
  });
  if (body) {
    body.addEventListener("input", (e) => {
      if (e.target.classList.contains("c-line_total")) e.target.dataset.typed = "1";
    });
    new MutationObserver(() => document.body.dispatchEvent(new Event("lines-changed")))
      .observe(body, { childList: true });
  }
  document.body.addEventListener("htmx:configRequest", (e) => {
    if (e.detail.elt && e.detail.elt.id === "totals") restoreTotals(e.detail.parameters);
  });
  document.body.addEventListener("htmx:afterSwap", (e) => {
    const card = document.getElementById("totals");
    if (!card || !body || (e.detail.target && e.detail.target.id !== "totals")) return;
    const shown = card.querySelectorAll(".line-totals li");
    lineTotals().forEach((inp, i) => {
      const li = shown[i];
      if (li && untyped(inp) && li.dataset.total !== "") inp.value = li.dataset.total;
    });
  });
  // what the save sends is the form the last preview saw, whatever the timing
  form.addEventListener("submit", () => restoreTotals(null), true);

  // --- the claim: renewed while its holder works, ended when they leave the page ---------
  const review = document.querySelector(".review");
  const csrf = form.querySelector("input[name=csrf_token]");
  if (review && csrf) {
    const base = `/documents/${review.dataset.doc}`;
    const seconds = parseInt(review.dataset.claimSeconds || "300", 10);
    let holding = review.dataset.holding === "1";
    let busy = false;
    let submitting = false;
    form.addEventListener("submit", () => { submitting = true; });
    ["input", "keydown", "pointerdown"].forEach((kind) =>
      document.addEventListener(kind, () => { busy = true; }, { passive: true })
    );
    setInterval(() => {
      if (!holding || !busy) return;
      busy = false;
      fetch(`${base}/heartbeat`, { method: "POST", headers: { "X-CSRF-Token": csrf.value } })
        .then((r) => (r.ok ? r.json() : null))
        .then((body) => { if (body) holding = body.claimed_by !== null; })
        .catch(() => {});
    }, Math.max(10, Math.min(60, seconds / 3)) * 1000);
    window.addEventListener("pagehide", () => {
      // a submitted form decides (or keeps) the claim on the server; anything else is leaving
      if (holding && !submitting) {
        navigator.sendBeacon(`${base}/leave`, new URLSearchParams({ csrf_token: csrf.value }));
      }
    });
  }

  const error = document.getElementById("error");
  const reason = document.getElementById("reason");
  if (error && reason && /reason/.test(error.textContent)) reason.focus();
  else {
    const first = form.querySelector("[data-attention]:not([disabled])");
    if (first && !form.querySelector("fieldset[disabled]")) first.focus();
  }
})();
