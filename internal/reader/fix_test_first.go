package reader

// Round 73: a test told first. A note opening "Test ...", "Tested ...", "As a
// test ..." or "Smoke test ..." reports a check after the remedy, most often
// labelled restored (which it stays), never a fix of its own (first taken in
// round 60, reverted with that round as a whole; re-measured here on styles
// to styles78, 17 false rows, no true row):
//   - styles2 09-edi-new-carrier-setup/6: "Test round done: 20 ASNs sent and acknowledged, ..."
//   - styles6 15-reefer-temperature-check/5: "Test booking at -25 C accepted in prod (then cancelled)."
//   - styles8 13-turnstile-qr-power-cut/8: "Test scan with my test member QR - granted."
//   - styles9 10-bed4-intermittent/3: "Tested 20 presses: 20/20 calls registered ..."
//   - styles21 16-tiff-upload-413/3: "As a test I uploaded a 310 MB TIFF ... and it attached without any problem ..."
//   - styles26, 29 ("Smoke test order created and cancelled."), 36, 38, 41, 42, 54, 61, 62
//   - styles77 12-second-fridge/6: "Test tap: unlocked, 1 item scanned out, charged £2.95, refunded."
//   - styles77 18-qr-pay-page-error/8: "Tested QR on DW-07 and DW-12 from my phone: payment page loads, ..."
//   - styles78 14-earlybird-code/3: "Test basket Godalming Easter wk1: 10% applied."
// Kept: a system for tests named first ("Test co: KEG30 container type ...
// added", styles29, a true fix), and "as a test" later in the sentence (the
// labels split: styles39 and styles51 true fixes, styles6 and styles75 not).
// Refused among classify's refusals for any writer and in modelRefusesFix.

// testSystems after an opening "test" name a system for tests ("Test co:"),
// not a test run.
var testSystems = newWordSet(map[string]bool{"co": true, "company": true, "environment": true, "env": true, "site": true,
	"system": true, "tenant": true, "instance": true, "account": true, "server": true, "copy": true})

// testFirst reports whether a sentence opens with a test: "Test ...",
// "Tested ...", "As a test ...", "Smoke test ...".
func testFirst(ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	switch {
	case ts[0] == "test" || ts[0] == "tested":
		return !testSystems.has(ts[1])
	case ts[0] == "as" && ts[1] == "a" && len(ts) > 2 && ts[2] == "test":
		return true
	case ts[0] == "smoke" && (ts[1] == "test" || ts[1] == "tested"):
		return true
	}
	return false
}
