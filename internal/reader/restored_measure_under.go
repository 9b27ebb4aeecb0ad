package reader

import (
	"slices"
)

// Round 117: a measure of the service under a figure after the remedy, told
// by staff ("Connection times on the new primary are under 5ms."): round
// 109's "measure falling" reads a measure on its way down, not one already
// below a figure. Rows the writers label restored and the rules missed:
//
//   - "Connection times on the new primary are under 5ms." (styles13 14);
//   - "Memory now stays under 5 GB when I scroll the same thorax/abdo
//     series." (styles33 05);
//   - "Peak this morning: lag under 20 s throughout, queue never above 900."
//     (styles47 03);
//   - "GLEN: new antenna cable in armoured conduit, GPS locked 16:05, phase
//     error under 1 ms by 16:25." (styles93 08).
//
// The caller checks staff and a remedy before the sentence or in it. Refused:
// a plan or a condition ("should be fine once it's under 3", "will", "if",
// "until"), a negation near the figure ("not under", "no longer below"), a
// question, a measure word far from "under" (at most three words between),
// "under" with no figure after it ("under review"), a measure not of the
// service (a price "under 250" has no measure word). Monitors' own notices
// ("5xx rate 0.06% over 10m") are a system's and left (two sets).

// underMeasures are the service's measures.
var underMeasures = newWordSet(map[string]bool{"lag": true, "latency": true, "delay": true, "delays": true,
	"time": true, "times": true, "memory": true, "cpu": true, "load": true, "error": true, "errors": true,
	"jitter": true, "loss": true, "usage": true, "ping": true, "drift": true, "rate": true, "backlog": true})

// underStops refuse the sentence (see above).
var underStops = newWordSet(map[string]bool{"will": true, "i'll": true, "we'll": true, "should": true, "would": true,
	"if": true, "once": true, "until": true, "hope": true, "hopefully": true, "expect": true, "whether": true,
	"target": true, "aim": true, "needs": true, "need": true, "must": true})

// measureUnder reports a measure of the service under a figure (see above).
func measureUnder(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 35 || !slices.Contains(ts, "under") && !slices.Contains(ts, "below") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	for _, t := range ts {
		if underStops.has(t) {
			return false
		}
	}
	for k, t := range ts {
		if t != "under" && t != "below" || k+1 >= len(ts) || ts[k+1] == "" || ts[k+1][0] < '0' || ts[k+1][0] > '9' {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if !underMeasures.has(ts[j]) {
				continue
			}
			for _, w := range ts[max(0, j-3):k] {
				if notWords.has(w) || w == "longer" {
					return false
				}
			}
			return true
		}
	}
	return false
}
