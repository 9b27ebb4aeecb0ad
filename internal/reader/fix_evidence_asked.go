package reader

// Round 107: a request for logs or output. Staff ask the customer to send
// what they need to look at: "greetings please execute the below and provide
// us with the output.", "please execute the below sql query on the
// production database and provide me with its result:", "please ask your
// dba to run the early provided script ... and provide us with the output
// files from the app server and db." The steps that produce the evidence
// ("execute the below", "run the script") make the rules or the model read
// an instruction, a fix; the writers label the sentence a question, and no
// remedy is in it. Counted on the Mendeley tuning splits (dev, heldout,
// fresh; `-r107dump`, not committed): 3 false fix rows in 3 tickets
// (heldout 1009618 11.0, dev 1006784 50.1, fresh 1010303 4.2), no true one,
// and 25 more staff requests for logs, screenshots or output read as no fix,
// none labelled one. The styles writers agree: of the tuning sentences of the
// shape (styles to styles90) none is labelled a fix, and two read as one
// are refused with it ("Could you ask one of the GPs to open the app, go to
// Settings > Diagnostics and tap "Send log" while on the practice wifi?",
// styles32 15; "Can you send me the log please - ShootSync > Help > Export
// log.", styles61 11).
//
// The shape: a request ("please", "kindly", "pls", "could/can/would you"; not
// the notice's "kindly note", "please be noted", "please find"),
// then a verb of sending ("provide", "send", "share", "upload", "attach",
// "post", "forward", "email"), then within five words a thing of evidence
// ("output(s)", "result(s)", "log(s)", "log file(s)", "screenshot(s)",
// "diagnostics"; "log" not before "in", "on" or "into"). A remedy asked
// before the sending keeps the sentence ("please restart the service and send
// us the logs": the restart is the fix); so do the customer's words.
// Refused among classify's refusals and in modelVeto's fix guard. The cheap
// test is a token of evidence first.

// evidenceAsked reports whether a sentence asks the reader to send logs,
// output or screenshots, with no remedy asked before the sending.
func evidenceAsked(ts []string) bool {
	for ev := range ts {
		if evidenceNoun(ts, ev) && evidenceAskedAt(ts, ev) {
			return true
		}
	}
	return false
}

// evidenceAskedAt reports whether the evidence named at ev is asked for: a
// request before it, a verb of sending within five words before it, and no
// remedy between the request and the sending.
func evidenceAskedAt(ts []string, ev int) bool {
	asked := -1
	for i := 0; i < ev && asked < 0; i++ {
		switch t := ts[i]; {
		case t == "please" || t == "kindly" || t == "pls":
			if i+1 < ev && (ts[i+1] == "note" || ts[i+1] == "be" || ts[i+1] == "find") {
				continue // a notice's opener ("kindly note that ..."), not a request
			}
			asked = i
		case requestModals.at(ts, i):
			if i+1 < ev && ts[i+1] == "you" {
				asked = i
			}
		}
	}
	if asked < 0 {
		return false
	}
	send := -1
	for i := max(asked+1, ev-5); i < ev; i++ {
		if evidenceSend.has(ts[i]) {
			send = i
			break
		}
	}
	if send < 0 {
		return false
	}
	for _, t := range ts[asked:send] {
		if evidenceRemedy.has(t) {
			return false
		}
	}
	return true
}

// evidenceNoun reports whether ts[i] names evidence to be sent; "log" and
// "logs" not as the verb of "log in".
func evidenceNoun(ts []string, i int) bool {
	switch ts[i] {
	case "output", "outputs", "result", "results", "screenshot", "screenshots", "diagnostics", "logfile", "logfiles":
		return true
	case "log", "logs":
		if i+1 < len(ts) {
			switch ts[i+1] {
			case "in", "on", "into", "onto", "out":
				return false
			}
		}
		return true
	}
	return false
}

var (
	// evidenceSend are the verbs of sending evidence back.
	evidenceSend = newWordSet(map[string]bool{"provide": true, "send": true, "share": true, "upload": true, "attach": true,
		"post": true, "forward": true, "email": true, "e-mail": true})
	// evidenceRemedy are remedies asked before the sending, which keep the
	// sentence a fix.
	evidenceRemedy = newWordSet(map[string]bool{"restart": true, "reboot": true, "reinstall": true, "install": true, "update": true,
		"upgrade": true, "clear": true, "delete": true, "remove": true, "replace": true, "reset": true, "change": true,
		"apply": true, "deploy": true, "enable": true, "disable": true, "re-enable": true, "unlock": true, "set": true,
		"add": true, "fix": true, "rename": true, "restore": true, "revert": true, "roll": true, "rollback": true,
		"refresh": true, "re-run": true, "rerun": true, "resubmit": true, "resend": true, "re-send": true, "switch": true})
)
