package reader

import "strings"

// Remedies are said with the verb of the remedy more often than with the word
// "fix": "we have updated the parameters", "the package body has been
// deployed", "Terminated the unhealthy instance", "Scaling down the cluster to
// free up addresses", "New nodes are being added". remedyDone reads those
// forms from one class of verbs (the remedial verbs, each with its inflections)
// and their tense and subject, so that a verb of the class is recognised in
// any of its forms rather than phrase by phrase.

// remedialVerbs are the base forms of the verbs of a remedy.
var remedialVerbs = []string{"update", "change", "deploy", "redeploy", "implement", "apply", "install", "reinstall",
	"restart", "reboot", "reset", "clear", "delete", "remove", "add", "recreate", "renew", "replace", "revert",
	"patch", "fix", "upgrade", "downgrade", "reconfigure", "correct", "modify", "enable", "disable", "grant",
	"unlock", "execute", "migrate", "move", "extend", "increase", "scale", "terminate", "drain", "cordon",
	"uncordon", "reattach", "archive", "map", "rebuild", "reindex", "flush", "purge", "kill", "rerun",
	"re-run", "swap", "exclude", "mark", "spawn", "roll", "rollback", "re-enable", "reactivate", "activate",
	"adjust", "alter", "resize", "release", "re-trigger", "retrigger", "requeue", "re-queue", "replay", "reprocess",
	"resend", "re-send", "rename", "free", "evict", "set", "handle", "retry", "refresh",
	"restore", "recover", "re-create", "re-deploy", "re-apply", "reapply", "re-install", "rotate",
	"reissue", "re-issue", "regenerate", "re-generate", "reprovision", "re-provision", "provision", "whitelist",
	"allowlist", "unblock", "bump", "merge", "resync", "re-sync", "reseat", "re-seat", "reimage", "re-image",
	"lift", "unsuspend", "reconnect", "re-route", "reroute", "repoint", "re-point", "relink", "re-link",
	"refund", "reverse", "reship", "re-ship", "re-add", "reauthenticate", "re-authenticate", "reauthorize",
	"re-authorize", "reauthorise", "re-authorise", "re-enroll", "reenroll", "re-register", "reregister",
	"uninstall", "toggle", "re-pair", "resubmit", "re-submit", "rekey", "re-key", "invalidate", "rebalance",
	// round 5: verbs of changing a setting or a component's state
	"switch", "expand", "reload", "calibrate", "recalibrate", "force", "separate", "kick", "lower",
	"shrink", "trim", "tweak", "unlink", "reinstate", "remap", "re-map", "reassign"}

// remedyForms maps every inflection of a remedial verb to its kind: 'p' past
// or participle, 'g' the -ing form.
var remedyForms = func() map[string]byte {
	m := map[string]byte{}
	for _, v := range remedialVerbs {
		stem := v
		switch {
		case strings.HasSuffix(v, "e"):
			m[v+"d"] = 'p'
			stem = v[:len(v)-1]
			m[stem+"ing"] = 'g'
		case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
			m[v[:len(v)-1]+"ied"] = 'p'
			m[v+"ing"] = 'g'
		default:
			m[v+"ed"] = 'p'
			m[v+"ing"] = 'g'
		}
	}
	for _, w := range []string{"reset", "set", "rerun", "re-run", "reran", "re-ran", "rolled", "mapped",
		"scrapped", "dropped", "rebuilt", "rolling", "mapping", "dropping", "setting",
		"resetting", "rerunning", "killed", "freed", "unlocked", "patched", "swapped", "swapping", "trimmed",
		"trimming", "remapped", "remapping", "re-mapped", "re-mapping"} {
		if strings.HasSuffix(w, "ing") {
			m[w] = 'g'
		} else {
			m[w] = 'p'
		}
	}
	delete(m, "handling")
	delete(m, "marking")
	return m
}()

// outcomeVerbs, with an actor as subject, say the actor remedied it ("we
// resolved the issue"); without one they say it is resolved (a restoration).
var outcomeVerbs = map[string]bool{"resolved": true, "solved": true, "fixed": true, "sorted": true}

// actors are the subjects that apply a remedy.
var actors = map[string]bool{"we": true, "i": true, "they": true, "team": true, "dba": true, "admin": true,
	"administrator": true, "developer": true, "developers": true, "engineer": true, "engineers": true, "vendor": true,
	"pipeline": true, "we've": true, "i've": true, "they've": true}

// determiners before a participle make it an attribute ("the deleted nodes").
var determiners = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "any": true, "some": true, "no": true})

// remedyDone reports whether the sentence states a remedy applied or being
// applied: a remedial verb in the past with an actor as subject ("we have
// updated", "the dba extended"), in the passive ("has been deployed", "were
// terminated", "are being added"), as a terse headline ("Change reverted",
// "Target group manually reattached", "Terminated the unhealthy instance"), or
// in the -ing form opening a timeline row ("Scaling down the cluster").
func remedyDone(ts []string, cls []uint16) bool {
	k := remedyAt(ts, cls)
	if k < 0 {
		return false
	}
	h, _ := hedges.find(ts[:k])
	return h < 0 // "if he is added", "chances are that it is being altered"
}

// remedyAt returns where remedyDone's verb is, -1 when there is none.
func remedyAt(ts []string, cls []uint16) int {
	n := len(ts)
	for k := range ts {
		c := cls[k]
		if c&(clsOutcome|clsRemedialBase|clsRemedyPast|clsRemedyIng) == 0 || idiomAt(ts, k) {
			continue
		}
		if k > 0 && cls[k-1]&clsActor != 0 && c&(clsOutcome|clsRemedialBase) != 0 && !negAt(ts, k-3, k) {
			return k // "we resolved this issue", "they solved it", "we change the url"
		}
		var kind byte
		switch {
		case c&clsRemedyPast != 0:
			kind = 'p'
		case c&clsRemedyIng != 0:
			kind = 'g'
		}
		if kind == 0 || negAt(ts, k-3, k) {
			continue
		}
		if kind == 'g' && k > 0 && ts[k-1] == "by" {
			return k // "resolved by updating the address field"
		}
		if kind == 'g' {
			// "Scaling down ...", "Manually setting ...", "are being
			// added" is handled below; "we are applying the patch".
			if k == 0 || k == 1 && strings.HasSuffix(ts[0], "ly") || k > 0 && (ts[k-1] == "are" || ts[k-1] == "is" || ts[k-1] == "am" || ts[k-1] == "started" || ts[k-1] == "began") {
				return k
			}
			continue
		}
		if k == 0 || k == 1 && strings.HasSuffix(ts[0], "ly") {
			return k // "Terminated the unhealthy EC2 instance."
		}
		prev := ts[k-1]
		if strings.HasSuffix(prev, "ly") && k >= 2 {
			prev = ts[k-2] // "manually reattached", "successfully deployed"
		}
		switch {
		case prev == "been" || prev == "being" || prev == "was" || prev == "were" || prev == "got":
			return k // "has been deployed", "were terminated", "are being added"
		case prev == "have" || prev == "has" || prev == "had" || prev == "already":
			return k // "we have updated"
		case wordClass[prev]&clsActor != 0:
			return k // "we updated", "the dba extended"
		case k <= 3 && !determiners.has(prev) && (k+1 == n || headlineNext.has(ts[k+1])):
			return k // "Change reverted", "Target group reattached to the ALB"
		case prev == "and" && actorBefore(cls, k-1):
			return k // "I've gone ahead and refunded it", "we checked the logs and restarted it"
		}
	}
	return -1
}

// headlineNext follow the participle of a terse headline ("X reattached to",
// "X deployed through", "X deleted.").
var headlineNext = newWordSet(map[string]bool{"to": true, "by": true, "on": true, "in": true, "from": true, "and": true,
	"through": true, "via": true, "with": true, "for": true, "over": true, "manually": true, "successfully": true,
	"again": true, "back": true, "down": true, "up": true, "out": true, "because": true, "after": true, "at": true,
	"following": true, "as": true, "per": true, "during": true, "due": true, "within": true})

// shortHeadline reports whether a two-word row is a terse headline of a
// remedy ("Access granted.", "Password reset.", "Cache cleared."): a noun and a
// remedial participle, not a pronoun's ("We restarted") nor the verdict of an
// outcome ("Issue fixed" says it is fixed).
func shortHeadline(ts []string, cls []uint16) bool {
	return len(ts) == 2 && cls[1]&clsRemedyPast != 0 && cls[1]&clsOutcome == 0 && cls[0]&clsRemedyPast == 0 &&
		!determiners.has(ts[0]) && !pronouns.has(ts[0])
}

var pronouns = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true,
	"i've": true, "we've": true, "they've": true, "you've": true})

// attemptedRemedy reports whether the sentence reports a remedy attempted:
// "attempted" or "tried", "to" and a remedial verb ("we attempted to uncordon
// the nodes", "I tried to restart the agent"); an attempt counts as a fix,
// whether or not it worked.
func attemptedRemedy(ts []string, cls []uint16) bool {
	for k := 1; k+2 < len(ts); k++ {
		if ts[k+1] == "to" && (ts[k] == "attempted" || ts[k] == "tried") && cls[k+2]&clsRemedialBase != 0 && !negAt(ts, k-3, k) {
			return true
		}
	}
	return false
}

// fixLabels introduce the remedy as a field of a report or a timeline
// ("Mitigation: ...", "Resolution: ...", "**Recovery:** ..."); "recovery" also
// says the service came back.
var fixLabels = []string{"fix:", "resolution:", "mitigation:", "recovery:", "workaround:", "action taken:",
	"actions taken:", "solution:", "remediation:", "fixed:"}

// labelledFix returns 2 when the sentence gives the recovery under a label, 1
// another remedy, 0 none; at least two words must follow the label.
func labelledFix(text string, sc *scan) int {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '*' || text[i] == '-' || text[i] == '#' || text[i] == '_') {
		i++
	}
	t := text[i:]
	if t == "" || strings.IndexByte(t[:min(len(t), 24)], ':') < 0 {
		return 0
	}
	switch lowerByte(t[0]) {
	case 'f', 'r', 'm', 'w', 'a', 's':
	default:
		return 0
	}
	for _, l := range fixLabels {
		if len(t) < len(l) || !hasPrefixFold(t, l) {
			continue
		}
		if len(sc.ts)-strings.Count(l, " ")-1 < 2 || sc.seeking() || unknownCause.hasIn(sc) {
			return 0
		}
		if l == "recovery:" {
			return 2
		}
		return 1
	}
	return 0
}

// releasedIn reports whether a fix is said to be in a release or a change
// request of an issue tracker ("Resolved in 2.3.1", "fixed by #812" once the
// '#' is dropped, "addressed in v5.0.2"), not "resolved in production".
func releasedIn(ts []string) bool {
	for k := 0; k+2 < len(ts); k++ {
		switch ts[k] {
		case "resolved", "fixed", "addressed", "released", "shipped", "landed", "solved":
		default:
			continue
		}
		if ts[k+1] != "in" && ts[k+1] != "by" && ts[k+1] != "via" {
			continue
		}
		v := ts[k+2]
		if v[0] >= '0' && v[0] <= '9' || len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9' {
			return !negAt(ts, k-3, k)
		}
	}
	return false
}

// actorBefore reports whether an actor stands among the five words before
// ts[k], the subject of a coordinated verb.
func actorBefore(cls []uint16, k int) bool {
	for j := max(0, k-5); j < k; j++ {
		if cls[j]&clsActor != 0 {
			return true
		}
	}
	return false
}

// idiomAt reports whether the remedial verb at ts[k] is part of an idiom
// that is no remedy ("I bumped into this issue again").
func idiomAt(ts []string, k int) bool {
	return k+1 < len(ts) && ts[k+1] == "into" && strings.HasPrefix(ts[k], "bump")
}

// ownRemedy reports whether a customer states a remedy they applied
// themselves ("we have deployed to live", "I changed the settings"): a first
// person and a remedial verb in the past.
func ownRemedy(ts []string, cls []uint16) bool {
	// The first person left out, in chat: "Disabled it.", "done, removed all
	// 4", "already reinstalled twice".
	for k := 0; k < len(ts) && k <= 1; k++ {
		if cls[k]&clsRemedyPast != 0 && !idiomAt(ts, k) && (k+1 == len(ts) || ts[k+1] != "by") {
			for _, t := range ts[k+1:] {
				if refNouns.has(t) || t == "below" || t == "above" || t == "attached" {
					return false // "updated the script below in the case": the ticket's content
				}
			}
			return true
		}
		if ts[k] != "done" && ts[k] != "ok" && ts[k] != "okay" && ts[k] != "yes" && ts[k] != "already" && ts[k] != "just" {
			break
		}
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] != "we" && ts[k] != "i" && ts[k] != "we've" && ts[k] != "i've" {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+3; j++ {
			if cls[j]&clsRemedyPast != 0 && !negAt(ts, k, j) && !idiomAt(ts, j) {
				return true
			}
		}
	}
	return false
}

// remedialBase are the base forms of the remedial verbs that name a remedy
// when given as an instruction or with "we": not "update" ("please update
// us"), "fix" or "resolve" ("kindly fix this issue" asks for one), nor the
// vaguer "set", "handle", "release".
var remedialBase = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range remedialVerbs {
		m[v] = true
	}
	for _, v := range []string{"update", "fix", "set", "handle", "release", "free", "mark", "map", "retry"} {
		delete(m, v)
	}
	return m
}()

// remedyBase adds the verbs of fixVerbs, for instructions.
var remedyBase = func() map[string]bool {
	m := map[string]bool{}
	for v := range remedialBase {
		m[v] = true
	}
	for v := range fixVerbs {
		m[v] = true
	}
	return m
}()

// instructedRemedy reports whether a remedy is given as what the reader can or
// must do ("you can either delete them from the UI", "you need to restart the
// service", "you should clear the cache"): a second-person modal and a remedial
// verb.
func instructedRemedy(ts []string) bool {
	for k := 0; k+2 < len(ts); k++ {
		j := k + 1
		switch ts[k] {
		case "you":
			switch ts[j] {
			case "can", "could", "may", "might", "should", "must", "will", "would":
				j++
			case "need", "have":
			default:
				continue
			}
		case "you'll", "you'd":
		default:
			continue
		}
		// "you need to", "you might want to", "you'll have to"
		if j+1 < len(ts) && (ts[j] == "need" || ts[j] == "have" || ts[j] == "want") && ts[j+1] == "to" {
			j += 2
		} else if j == k+1 && ts[k] == "you" {
			continue // "you need the", "you have a"
		}
		if j < len(ts) && (ts[j] == "either" || ts[j] == "simply" || ts[j] == "just" || ts[j] == "also") {
			j++
		}
		if j < len(ts) && ts[j] == "go" && j+2 < len(ts) && ts[j+1] == "ahead" {
			j += 2 // "you can go ahead and apply"
			if ts[j] == "and" || ts[j] == "an" {
				j++
			}
		}
		if j < len(ts) && remedyBase[ts[j]] && !negAt(ts, k, j) {
			return true
		}
	}
	return false
}

// remedyNouns name what carries a fix; deliveryWords what is done with it
// ("the fix is ready", "please find below the new release", "the script has
// been sent", "release notes provided").
var (
	remedyNounSet = map[string]bool{"fix": true, "fixes": true, "hotfix": true, "patch": true, "solution": true,
		"workaround": true, "release": true, "build": true, "script": true, "scripts": true, "jar": true,
		"version": true, "package": true, "deliverables": true, "steps": true, "changes": true, "modifications": true}
	deliveryWords = map[string]bool{"provided": true, "sent": true, "delivered": true, "shared": true, "ready": true,
		"follow": true, "uploaded": true, "published": true, "made": true}
)

// deliveredRemedy reports whether a remedy is delivered or handed over: a
// noun that carries a fix within four words of a word of delivery, not denied.
func deliveredRemedy(ts []string, cls []uint16) bool {
	for k := range ts {
		if cls[k]&clsRemedyNoun == 0 {
			continue
		}
		for j := max(0, k-4); j < min(len(ts), k+5); j++ {
			if cls[j]&clsDelivery != 0 && !negAt(ts, min(j, k)-2, max(j, k)) {
				return true
			}
		}
	}
	return false
}
