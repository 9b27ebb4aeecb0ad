package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Round 235: staff's first answer to a ticket that asked how the product
// works is the answer, not a cause. Round 83's askedWorkings refuses a
// present-tense account of the product's workings in such a ticket
// (c.AskedToKnow), but gives way to any word that points at what the
// customer saw ("your", "you're", "shows", ...) and to any past form; the
// first answer still explains the customer's case in those words, and no
// writer labels it a cause:
//
//   - "The 5% you're missing is our standard reserve: for campaigns over
//     €25,000 we hold 5% of the funds for 90 days ..." (styles122 122-08)
//   - "Online bookings stop at 8 because larger groups need our big tables,
//     which we hold back for the team to arrange." (styles123 123-17)
//   - "Refunds are paid in the same token and on the same network as the
//     original payment, and the network fee comes out of your balance, not
//     the refund." (styles112 112-18)
//   - "Your deposit is protected with the DPS rather than held by us, so the
//     certificate is issued by them and doesn't appear in HomeHub." (styles84
//     84-05)
//   - "The Export button only works on plans with the Contacts Export add-on,
//     which Ormond Hale's plan doesn't include, so it's greyed out for
//     everyone on your account." (styles101 101-07)
//
// Over every tuning set (styles to styles126), the causes Read read in the
// first staff message of such a ticket: 4 true, 14 false in 13 writers;
// styles91 on 0 true, 6 false. Two of the true ones tell what went wrong
// ("That's why the terminal stopped at REFER TO OPERATOR", styles30 08; "...
// which is why it didn't take anything last year", styles53 12), a third a
// step not yet taken ("... a first-generation smart meter (SMETS1) that
// hasn't been moved onto the national smart network yet, so ...", styles48
// 17): a word of a thing that went wrong or is not yet done (wentWrong)
// keeps the reading. Read sets
// c.FirstAnswer; refused for the rules (causeBy) and the model (modelVeto).

// wentWrong are the words by which an answer tells something that went
// wrong in the customer's case, which a cause in it would carry.
var wentWrong = newWordSet(map[string]bool{"stopped": true, "didn't": true, "failed": true, "broke": true,
	"broken": true, "wasn't": true, "weren't": true, "couldn't": true, "missed": true, "lost": true,
	"crashed": true, "wrong": true, "error": true, "mistake": true, "fault": true, "bug": true, "expired": true,
	"hasn't": true, "haven't": true, "hadn't": true, "yet": true})

// askedFirstAnswer reports whether a staff sentence is in staff's first
// answer to a ticket that asked how the product works and tells nothing
// that went wrong: an answer, no cause.
func askedFirstAnswer(c Context, ts []string) bool {
	if !c.AskedToKnow || !c.FirstAnswer || c.Role == ticket.RoleCustomer {
		return false
	}
	return !wentWrong.anyIn(ts)
}
