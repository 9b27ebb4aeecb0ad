package analysis

import (
	"regexp"
	"strings"
)

// Monitoring is proposed for a component whose technical failure the cause
// names: "Add monitoring and alerting for the door controller" where "The
// door controller stopped … because its storage had filled up" (styles25).
// A change is no failure of a component to watch for: a third party's update
// ("the automatic driver update", G205-344; "the faulty software update on
// the two card machines", styles2 34), a release or a change the team made
// ("a key change we made", styles119 01; "the failed certificate change on
// the servers", styles2 01), a setting; nor is a cause no component is named
// for, which the action could only quote ("for the component that failed
// (“Remote diag: print head temp reading 0C …”)"). The fix stays asked for
// each; the monitoring is not.

// changeHeads name a change, a setting or a step, not a component.
var changeHeads = setOf("update", "updates", "upgrade", "upgrades", "release", "releases", "rollout", "roll-out",
	"deployment", "deploy", "patch", "patches", "migration", "change", "changes", "rotation", "push", "install",
	"installation", "reinstall", "configuration", "config", "setting", "settings", "mistake", "typo", "import")

// failedWords tell a component's failure in the statement a cause link
// names it from ("The real culprit was the controller's backup battery,
// which had run flat"; "it was a tripped breaker on the cabinet").
var failedWords = regexp.MustCompile(`\b(fail(ed|ing|s|ure)?|faulty|broken|broke|tripped|cracked|worn|flat|full|filled|expired|corrupt\w*|dead|crash\w*|down|outage|ran out|run out|running out|leak\w*|burnt|burned|overheat\w*|blown|stopped|hung|froze|died|timed out|wore out|gave out)\b`)

// failedComponent reports whether name, a component's name, is of a thing
// that failed: no word of it names a change, and where clause is given (a
// name read after a cause link) the statement tells a failure.
func failedComponent(name, clause string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:()"), "'s"), "\u2019s")
		if changeHeads[w] {
			return false
		}
	}
	return clause == "" || failedWords.MatchString(strings.ToLower(clause))
}
