package reader

// Round 110: a miss owned. Staff say what should have been done or should have
// happened and was not ("We should have moved off it before then and didn't -
// sorry about that.", "Updating that software should have been part of the
// change plan and it was not, sorry for that."): an admission, often of the
// cause, no step taken. The participle after "should have" ("moved",
// "updated") makes the rules or the model read a step done. Counted over every
// tuning set (styles to styles94, -styleserrorstp): 6 false fix rows in 6
// sets, no true one:
//   - styles2 33/2: "Router 214-R1 unreachable, 4G backup also down (should
//     have failed over)."
//   - styles18 18/4: "We should have moved off it before then and didn't -
//     sorry about that."
//   - styles19 02/5: "Updating that software should have been part of the
//     change plan and it was not, sorry for that."
//   - styles38 05/6: "My template change, should have wrapped it in
//     coalesce." (labelled cause)
//   - styles48 07/4: "The pipe should have been a larger size and insulated
//     for that length of outside run, ..." (labelled cause)
//   - styles49 15/6: "... your ticket should have been updated to match,
//     which we had not done." (labelled cause)
// Left, as the true fixes with "should have" are: what the reader should have
// now ("... so you should have 4 reports for block B in your inbox now.",
// styles71; "... and he should have his invitation e-mail now.", styles82: no
// participle), the writer's step after the miss ("Only one should have been
// charged, so I have refunded the second £12.50 ...", styles43), and a
// state expected "by now" ("The tablets at MUC should have restarted the app
// by now, ...", styles26, labelled restored).

// shouldHaveMissed reports whether a sentence owns a miss (above): "should
// have" and "been" or a participle in -ed, with no "now" in the sentence and
// no writer's step after it ("so", "i've", "we've", "i/we have").
func shouldHaveMissed(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "should" || ts[i+1] != "have" {
			continue
		}
		v := ts[i+2]
		if v != "been" && !(len(v) > 4 && v[len(v)-2:] == "ed") {
			continue
		}
		for _, t := range ts {
			if t == "now" {
				return false
			}
		}
		for k := i + 3; k < len(ts); k++ {
			switch ts[k] {
			case "so", "i've", "we've":
				return false
			case "have":
				if ts[k-1] == "i" || ts[k-1] == "we" {
					return false
				}
			}
		}
		return true
	}
	return false
}
