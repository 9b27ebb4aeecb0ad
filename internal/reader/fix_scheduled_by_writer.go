package reader

// Round 75: the writer's own step of scheduling the change asked for ("I've
// scheduled the change: ...") is the remedy of a request, taken now though it
// takes effect later. Round 47's stepScheduled refuses a step booked for later
// with no writer in it; this is the writer's perfect, which it leaves.
//
// A staff sentence whose subject is the writer in the present perfect ("I've",
// "I have", "we've", "we have", then "just", "also" or "now" at most) and whose
// verb is "scheduled", or "booked" with the customer ("you", "your") right
// after it; no question, negation or hedge. Labelled fix in eight sets, no
// unlabelled row: "I've scheduled Ferncliffe Court to go live at 07:00 on
// Monday 23rd." (styles75 12), "... - I've scheduled 4.1.6 for it tonight at
// 02:00." (styles77 02), "I've scheduled the new £88 price for the motorway
// lesson to take effect at 00:00 on 1 April, ..." (styles74 05), "I've
// scheduled the change: a premium rule of 26% ..." (styles69 09), "I've
// scheduled your sign-off rights to end on 30 April; ..." (styles64 13),
// "Thanks - I've scheduled the change: Harbour Commercial Property, ..."
// (styles12 10), "I've scheduled them to become visible on 1 May at 06:00."
// (styles17 13), "I've scheduled recordings in Elm 1.04 for Tuesdays ..."
// (styles47 08). A booking made for the customer: "I have booked your sofa
// and fridge collection against the other payment for Friday 12 June."
// (styles28 11), "In the meantime I've booked your return courier for
// Thursday ..." (styles61 08), "I have booked you a slot at Hatherley Lane
// for Saturday 14 March, ..." (styles64 15); one such booking is unlabelled
// ("I've booked your battery in for the 02:00 update", styles7 20). Not a
// booking of a worker, a visit or a change slot ("I've booked an Openreach
// engineer for Wednesday", styles; "I've booked the switch for Saturday
// October 31", styles73 18; "I've booked him for 07:30 on the 20th", styles41
// 18), which the labels leave unlabelled: plans, not steps; nor a call, a
// meeting or a visit scheduled (plannedMeeting).

// plannedMeeting are what a writer schedules that is a talk or a visit, not
// the change asked for.
var plannedMeeting = newWordSet(map[string]bool{"call": true, "meeting": true, "visit": true, "engineer": true,
	"technician": true, "session": true, "review": true})

// writerPerfect are the openings of the writer's present perfect.
var writerPerfect = map[string]int{"i've": 1, "we've": 1, "i": 2, "we": 2}

// scheduledByWriter reports whether a staff sentence tells the writer's own
// scheduling of a change, or a booking made for the customer (above).
func scheduledByWriter(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || negations.hasIn(sc) || hedges.hasIn(sc) {
		return false
	}
	for i := 0; i+2 < len(ts); i++ {
		n, ok := writerPerfect[ts[i]]
		if !ok || n == 2 && ts[i+1] != "have" {
			continue
		}
		k := i + n
		for k < len(ts) && (ts[k] == "just" || ts[k] == "also" || ts[k] == "now") {
			k++
		}
		if k+1 >= len(ts) {
			return false
		}
		switch ts[k] {
		case "scheduled":
			o := ts[k+1]
			if (o == "a" || o == "an" || o == "the") && k+2 < len(ts) {
				o = ts[k+2]
			}
			if plannedMeeting.has(o) {
				return false // "I've scheduled a call with the vendor": a plan, not the step
			}
			return formHit("fix:scheduled", text)
		case "booked":
			if ts[k+1] == "you" || ts[k+1] == "your" {
				return formHit("fix:scheduled", text)
			}
		}
		return false
	}
	return false
}
