package ui_test

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The end-to-end test drives a real headless Chromium (Debian's chromium,
// which .ci/run installs) through the main journeys, records every request
// the browser makes and checks that none leaves the server, runs axe-core
// on every main page, and with -screenshots saves the main pages into
// docs/screenshots/.

var screenshots = flag.Bool("screenshots", false, "save screenshots of the main pages into docs/screenshots/")

// axeScript is axe-core as .ci/run installs it (npm, pinned), or where
// DEBRIEF_AXE points.
func axeScript(t *testing.T) string {
	p := os.Getenv("DEBRIEF_AXE")
	if p == "" {
		p = "../../.ci/node_modules/axe-core/axe.min.js"
	}
	b, err := os.ReadFile(p)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core: %v (.ci/run installs it)", err)
		}
		t.Skipf("axe-core not installed (%v): run .ci/run or npm install --prefix .ci axe-core", err)
	}
	return string(b)
}

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed (.ci/run installs it)")
	}
	t.Skip("chromium is not installed")
	return ""
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("the browser test is not short")
	}
	bin := chromium(t)
	axe := axeScript(t)
	e := newEnv(t)
	downloads := t.TempDir()
	// Chromium may still write its profile as it exits: removed best-effort.
	profile, err := os.MkdirTemp("", "debrief-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(profile) })

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-default-apps", true), chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile), chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()

	var (
		mu       sync.Mutex
		requests []string
		done     = make(chan string, 4)
	)
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			mu.Lock()
			requests = append(requests, ev.Request.URL)
			mu.Unlock()
		case *page.EventJavascriptDialogOpening:
			go func() { _ = chromedp.Run(ctx, page.HandleJavaScriptDialog(true)) }()
		case *browser.EventDownloadProgress:
			if ev.State == browser.DownloadProgressStateCompleted {
				done <- ev.GUID
			}
		case *browser.EventDownloadWillBegin:
			mu.Lock()
			requests = append(requests, ev.URL)
			mu.Unlock()
		}
	})
	run := func(step string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	shot := func(name string) {
		t.Helper()
		if !*screenshots {
			return
		}
		var buf []byte
		run("screenshot "+name, chromedp.FullScreenshot(&buf, 100))
		if err := os.WriteFile(filepath.Join("../../docs/screenshots", name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// audit runs axe-core on the page: no serious or critical violation.
	audit := func(page string) {
		t.Helper()
		var res struct {
			Violations []string
			Passes     int
		}
		run("axe on "+page,
			chromedp.Evaluate(axe, nil),
			chromedp.Evaluate(`axe.run(document).then(r => ({
				violations: r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
					.map(v => v.impact + " " + v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")),
				passes: r.passes.length}))`,
				&res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		if res.Passes == 0 {
			t.Errorf("axe on %s checked nothing", page)
		}
		for _, v := range res.Violations {
			t.Errorf("axe, %s: %s", page, v)
		}
	}
	text := func(sel string) string {
		t.Helper()
		var s string
		run("read "+sel, chromedp.Text(sel, &s, chromedp.ByQuery))
		return s
	}
	base := e.srv.URL

	run("allow downloads", network.Enable(),
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(downloads).WithEventsEnabled(true))

	// Sign in.
	run("sign in", chromedp.Navigate(base+"/tickets"), chromedp.WaitVisible("#token", chromedp.ByID))
	audit("sign-in")
	shot("signin")
	run("submit token", chromedp.SendKeys("#token", e.tokens["agent"], chromedp.ByID), chromedp.Submit("#token", chromedp.ByID),
		chromedp.WaitVisible("table.tickets", chromedp.ByQuery))
	audit("tickets")
	shot("tickets")

	// The dashboard.
	run("dashboard", chromedp.Navigate(base+"/"), chromedp.WaitVisible(".kpis", chromedp.ByQuery))
	audit("dashboard")
	shot("dashboard")

	// A ticket, and its tabs.
	run("open a ticket", chromedp.Navigate(base+"/tickets"), chromedp.Click(`a[href="/tickets/`+ownTicket+`"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#tab-statistics", chromedp.ByID))
	var execHidden, techHidden bool
	run("switch tabs", chromedp.Click("#tab-executive", chromedp.ByID), chromedp.WaitVisible("#panel-executive", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("panel-statistics").hidden`, &techHidden),
		chromedp.Evaluate(`document.getElementById("panel-executive").hidden`, &execHidden))
	if execHidden || !techHidden {
		t.Errorf("after clicking the executive tab: executive hidden %v, statistics hidden %v", execHidden, techHidden)
	}
	if s := text("#tab-executive"); !strings.Contains(s, "Executive") {
		t.Errorf("executive tab reads %q", s)
	}
	var selected string
	run("tabs by keyboard", chromedp.Focus("#tab-executive", chromedp.ByID), chromedp.KeyEvent(kb.ArrowRight),
		chromedp.Evaluate(`document.querySelector("[role=tab][aria-selected=true]").id + " " + document.activeElement.id`, &selected))
	if selected != "tab-findings tab-findings" {
		t.Errorf("after ArrowRight on the executive tab, selected and focused: %q", selected)
	}
	run("back to the executive tab", chromedp.Click("#tab-executive", chromedp.ByID))
	audit("ticket")
	shot("ticket")

	// A sentence's sources, by keyboard: Tab from the technical report's
	// panel reaches its first citation, whose sources then show (tied to it
	// by aria-describedby); Enter leads to its timeline row, in its tab.
	var cite struct {
		Cite, Described, Tip, Href string
		Shown                      bool
	}
	run("focus a citation", chromedp.Click("#tab-technical", chromedp.ByID), chromedp.Focus("#panel-technical", chromedp.ByID),
		chromedp.KeyEvent(kb.Tab),
		chromedp.Evaluate(`(() => { const a = document.activeElement, tip = a.querySelector(".tip");
			return {cite: a.className, described: a.getAttribute("aria-describedby") || "", href: a.getAttribute("href") || "",
				tip: tip ? tip.id + " " + tip.innerText : "", shown: !!tip && tip.getBoundingClientRect().height > 0 && getComputedStyle(tip).display !== "none"}; })()`, &cite))
	if cite.Cite != "cite" || !cite.Shown || !strings.HasPrefix(cite.Tip, cite.Described+" ") || len(cite.Tip) < len(cite.Described)+20 {
		t.Fatalf("Tab in the technical report: focused %+v, want a citation showing its sources", cite)
	}
	audit("ticket, a citation's sources shown")
	shot("ticket-sources")
	var target string
	run("follow the citation", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible("#panel-timeline", chromedp.ByID),
		chromedp.Poll(`document.activeElement.id`, &target, chromedp.WithPollingTimeout(5*time.Second)))
	if "#"+target != cite.Href || !strings.HasPrefix(target, "timeline") {
		t.Errorf("following the citation to %s focused %q", cite.Href, target)
	}

	// A PDF download.
	run("download a PDF", chromedp.Click(`a[href$="/executive.pdf"]`, chromedp.ByQuery))
	select {
	case guid := <-done:
		b, err := os.ReadFile(filepath.Join(downloads, guid))
		if err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Errorf("downloaded PDF: %v, starts %.8q", err, b)
		}
	case <-ctx.Done():
		t.Fatal("the PDF download did not complete")
	}

	// A phone's width: the page reflows, no sideways scrolling.
	var width int
	run("phone", chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/tickets"), chromedp.WaitVisible("table.tickets", chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &width))
	if width > 390 {
		t.Errorf("at a phone's width the tickets page is %d px wide", width)
	}
	shot("phone")
	run("desktop again", chromedp.EmulateViewport(1280, 900))

	// The learning library.
	run("search the library", chromedp.Navigate(base+"/library"), chromedp.SendKeys("#lq", "mailbox", chromedp.ByID),
		chromedp.Submit("#lq", chromedp.ByID), chromedp.WaitVisible("#hits-h", chromedp.ByID))
	if s := text("#hits-h"); !strings.Contains(s, "result") || strings.HasPrefix(s, "0 ") {
		t.Errorf("library: %q", s)
	}
	audit("library")
	shot("library")

	// A monthly report with its charts.
	var charts int
	run("monthly report", chromedp.Navigate(base+"/monthly?month=2026-02"), chromedp.WaitVisible("article.monthly", chromedp.ByQuery),
		chromedp.Poll(`[...document.querySelectorAll(".chart-grid img")].filter(i => i.complete && i.naturalWidth > 0).length`, &charts,
			chromedp.WithPollingTimeout(20*time.Second)))
	if charts == 0 {
		t.Error("monthly report: no chart drawn")
	}
	audit("monthly")
	shot("monthly")

	// Mark an action done (the confirmation is accepted).
	var before, after int
	run("actions", chromedp.Navigate(base+"/actions?status=open"), chromedp.WaitVisible("table.actions", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("table.actions tbody tr").length`, &before))
	audit("actions")
	shot("actions")
	run("mark done", chromedp.Click(`table.actions tbody tr button[aria-label^="Mark action"]`, chromedp.ByQuery),
		chromedp.WaitVisible("table.actions, main p", chromedp.ByQuery), chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`document.querySelectorAll("table.actions tbody tr").length`, &after))
	if after != before-1 {
		t.Errorf("open actions %d before marking one done, %d after", before, after)
	}

	// Sign out.
	run("sign out", chromedp.Click(".signout button", chromedp.ByQuery), chromedp.WaitVisible("#token", chromedp.ByID))
	var loc string
	run("after sign-out", chromedp.Navigate(base+"/tickets"), chromedp.WaitVisible("#token", chromedp.ByID), chromedp.Location(&loc))
	if !strings.Contains(loc, "/signin") {
		t.Errorf("after sign-out /tickets shows %s", loc)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(requests) < 10 {
		t.Errorf("only %d requests recorded", len(requests))
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("a request left the server: %s", u)
		}
	}
}
