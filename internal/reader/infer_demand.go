package reader

// A chat or mail that opens with what an auditor, an inspector or a
// surveyor wants ("our auditor wants proof of who signed the supplier
// contract and when", "we have the CQC inspection on thursday and they want
// the water testing records for last 6 months", "class surveyor coming tmrw
// for CSM audit, wants PMS history export") asks how to give it to them: the
// writer's ticket is a question of where the record is, however staff then
// help. Such a sentence casts no other vote, and the ticket fell to an
// incident by default, or by a fault told beside the ask ("usb ports locked
// on pms pc"). Round 113: in the tuning sets (styles to styles94) the
// sentences so worded are in 10 questions (styles17 05, styles26 07,
// styles27 04, styles29 05, styles55 17, styles60 05, styles65 04,
// styles70 18, styles85 07, styles87 16) and one incident whose sentence
// asks for reports corrected ("the auditor will want to see the last 12
// months ..., so I need corrected reports", styles40 02: a request vote,
// which goes first); 3 questions were read as incidents (styles26 07,
// styles29 05, styles60 05). An insurer asking for a setting tightened ("our
// insurer has asked us to tighten the alarms", changes) is no such party,
// and neither is the writer's own want after an audit ("Following last
// month's audit finding, I want it to be impossible ...", styles25 18).

// demandParties are those who ask the writer for a record.
var demandParties = newWordSet(map[string]bool{"auditor": true, "auditors": true, "inspector": true, "inspectors": true,
	"inspection": true, "surveyor": true, "surveyors": true, "accountant": true, "accountants": true,
	"police": true})

// recordDemanded reports whether ts tells of a party of demandParties who
// wants, or asked for, something of the writer: "auditor wants", "the
// inspection ... they want", "police have asked for", "accountant is asking
// for".
func recordDemanded(ts []string) bool {
	party := false
	for i, t := range ts {
		if demandParties.has(t) {
			party = true
			continue
		}
		if !party {
			continue
		}
		switch t {
		case "i", "we":
			// the writer's own want: "the inspection ... we want"
			party = false
		case "want", "wants", "wanted":
			return true
		case "asked", "asking":
			if i+1 < len(ts) && ts[i+1] == "for" {
				return true
			}
		}
	}
	return false
}
