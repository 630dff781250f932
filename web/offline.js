// Offline after the first visit, and new versions only when the user agrees. sw.js (written at
// build time with every file of the build) serves the app from its cache; when a new deployment
// is found, its worker waits, and the page offers 「新版本可用，点击更新」. Agreeing saves the draft,
// lets the new worker take over, and reloads: the page never runs a mix of old and new files.
//
// On plain HTTP under a name other than localhost the browser has no service workers: the app
// then simply works online, and nothing here says anything.

const PROMPT = "新版本可用，点击更新";

/** `app` is the running app (mount()), `glue` the URL of the script this page runs. */
export function keepOffline(app, glue) {
  if (!("serviceWorker" in navigator)) return;
  let agreed = false;
  let registration = null;

  // The cache a worker serves must hold the very files this page runs: a version deployed between
  // this page's load and the first worker's install would otherwise serve this page another
  // version's files (the export worker's, say). If it does not, this page is the old version.
  const checkCache = async () => {
    if (!registration || !navigator.serviceWorker.controller) return;
    if (!(await caches.match(glue))) offer(registration);
  };
  // Also fired when the first worker takes control of a first visit: reload only when asked.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (agreed) location.reload();
    else checkCache();
  });

  const offer = (registration) => {
    if (document.querySelector(".update-prompt")) return;
    // A landmark of its own (it sits outside the app's), announced when it appears.
    const bar = document.createElement("aside");
    bar.className = "update-prompt";
    bar.setAttribute("aria-label", "新版本");
    bar.setAttribute("aria-live", "polite");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = PROMPT;
    button.addEventListener("click", () => {
      app.save();
      agreed = true;
      button.disabled = true;
      button.textContent = "正在更新…";
      if (registration.waiting) registration.waiting.postMessage("nianbao-update");
      else location.reload();
    });
    bar.append(button);
    document.body.append(bar);
  };

  const watch = (registered) => {
    registration = registered;
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
    else checkCache();
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offer(registration);
      });
    });
    // An editor stays open for days without navigating: look for a new version when it is looked
    // at again, at most every ten minutes (a failing install fetches every file each time).
    let looked = Date.now();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible" || Date.now() - looked < 10 * 60 * 1000) return;
      looked = Date.now();
      registration.update().catch(() => {});
    });
  };

  // Beside this file: its folder is the worker's scope, wherever the host put the app.
  // (A browser whose policy blocks service workers may resolve with no registration.)
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).then(
    (registration) => registration && watch(registration),
    (error) => console.warn("年报：未能启用离线使用", error),
  );
}
