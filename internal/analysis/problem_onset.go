package analysis

import (
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// onsetLater ranks a sentence of a customer's later message that tells a
// state new since a time or since the work ("since this morning the hospital
// handover dashboard is showing nothing for Royal Vale", styles95; "Since
// yesterday several clients have rung to say the link in their text says
// ...", styles102; "AOI on line 2 is stopping every board since 6 this
// morning", styles107) as a fault stated, where its words name no failure
// rankLater knows: after the work, an onset told is what went wrong. Not a
// restoration, a question, a step, an address to staff, thanks, a state told
// fine ("fine since yesterday") or a fault denied ("no drops since Monday",
// "not one error since the update").
func onsetLater(sn reader.Sentence) (candidate, bool) {
	if sn.Acts&(reader.Restored|reader.Question|reader.Fix) != 0 {
		return candidate{}, false
	}
	c, ok := rankProblem(sn)
	if !ok || c.score >= faultScore {
		return candidate{}, false // words of a fault: rankLater has weighed them
	}
	l := lower(c.text)
	loc := onsetSince.FindStringIndex(l)
	if loc == nil || addressWords.startsWith(l) || permits(l) || thankedOutcome(l) {
		return candidate{}, false
	}
	if _, fine := fineWords.find(l); fine {
		return candidate{}, false
	}
	if _, neg := negations.find(l[:loc[0]]); neg {
		return candidate{}, false // "not one error since the update"
	}
	words := strings.Fields(l)
	for i := 1; i < len(words); i++ {
		if strings.Trim(words[i-1], ".,;:!?") == "no" && problemNouns[strings.Trim(words[i], ".,;:!?")] {
			return candidate{}, false // "since Monday there have been no drops"
		}
	}
	c.score = faultScore
	return c, true
}

// onsetSince is "since" and a time of the day or the week, or the work
// ("since this morning", "since 6 this morning", "since last night's update").
var onsetSince = regexp.MustCompile(`\bsince (?:(?:about|around|roughly|approx\.?) )?(?:this (?:morning|afternoon|evening)|yesterday|last (?:night|week)|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})?(?: ?[ap]m)?(?: this morning| last night| today)?\b|(?:the|last night's|this morning's|yesterday's|the weekend's) (?:update|upgrade|change|release|switch|switchover|go-live|rollout|deployment|install|migration))`)
