package reader

import (
	"strings"
	"testing"
)

// TestSentencesAudited checks the splitter's forms found by auditing it
// against the styles sets' labels (TestSplitAgainstLabels), each with near
// misses that must keep today's split. The sentences are invented.
func TestSentencesAudited(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		// A line ending with a colon, then a clause joined to it.
		{"colon then a joined clause",
			"The nightly sync has been failing at the TLS handshake:\nsince the certificate on the gateway was renewed on Monday.",
			[]string{"The nightly sync has been failing at the TLS handshake: since the certificate on the gateway was renewed on Monday."}},
		{"colon then because",
			"Builds on the shared runners stopped this morning at eight:\nbecause the cache volume filled up overnight.",
			[]string{"Builds on the shared runners stopped this morning at eight: because the cache volume filled up overnight."}},
		{"near miss: colon then a value",
			"please find the meeting url below:\nph_link",
			[]string{"please find the meeting url below:", "ph_link"}},
		{"near miss: colon then a question",
			"Two things before we order the racks:\nwhich sizes do you need for the new room?",
			[]string{"Two things before we order the racks:", "which sizes do you need for the new room?"}},
		{"near miss: colon then a short log line",
			"The importer stops with this error every night:\nconnection refused",
			[]string{"The importer stops with this error every night:", "connection refused"}},
		{"near miss: colon then a capital",
			"Here is what we changed on the storage cluster:\nSince Monday the snapshots run hourly.",
			[]string{"Here is what we changed on the storage cluster:", "Since Monday the snapshots run hourly."}},

		// Abbreviations.
		{"e.g. at the end of a wrapped line",
			"The app lets two customers book the same groomer at the same time, e.g.\nBella and Duke both at 10:30 with Kirsty on Tuesday.",
			[]string{"The app lets two customers book the same groomer at the same time, e.g. Bella and Duke both at 10:30 with Kirsty on Tuesday."}},
		{"i.e. at the end of a wrapped line",
			"Only the second shift is affected by the rota change, i.e.\nthe people who start at two in the afternoon.",
			[]string{"Only the second shift is affected by the rota change, i.e. the people who start at two in the afternoon."}},
		{"near miss: etc. at the end of a line ends it",
			"The printers, scanners and badge readers all went offline, etc.\nWe rebooted the switch at noon.",
			[]string{"The printers, scanners and badge readers all went offline, etc.", "We rebooted the switch at noon."}},
		{"ext. and incl. do not end a sentence",
			"Faults must be phoned to the desk on ext. 4400. Prices are shown incl. VAT on the invoice.",
			[]string{"Faults must be phoned to the desk on ext. 4400.", "Prices are shown incl. VAT on the invoice."}},
		{"near miss: a word ending in ext",
			"We checked the next. It was fine.",
			[]string{"We checked the next.", "It was fine."}},
		{"minutes after a number end a sentence",
			"The jobs have been queued for 40+ min. Other runners are fine. It took 5 min. then it failed.",
			[]string{"The jobs have been queued for 40+ min.", "Other runners are fine.", "It took 5 min.", "then it failed."}},
		{"near miss: min. as minimum",
			"Keep the pool at min. 5 workers during the day.",
			[]string{"Keep the pool at min. 5 workers during the day."}},

		// A capital letter after a lower-case word that does not precede a name.
		{"a letter naming a thing ends a sentence",
			"We drained the stuck sessions in pool B. Logins work again. Three of them show rev F. The rest show D.",
			[]string{"We drained the stuck sessions in pool B.", "Logins work again.", "Three of them show rev F.", "The rest show D."}},
		{"near miss: initials of a person",
			"The change was approved by J. Smith yesterday. Mr. K. Jones signed it. The line is in D. Lowe's name.",
			[]string{"The change was approved by J. Smith yesterday.", "Mr. K. Jones signed it.", "The line is in D. Lowe's name."}},

		// A closing bracket or quote after the stop.
		{"stop inside brackets",
			"(One rule had a typo, which I corrected.) I'll close the request on Friday.",
			[]string{"(One rule had a typo, which I corrected.)", "I'll close the request on Friday."}},
		{"near miss: stop inside quotes, the sentence goes on",
			"Every article sits at \"Publishing...\" forever. The status says \"Done.\" and nothing else",
			[]string{"Every article sits at \"Publishing...\" forever.", "The status says \"Done.\" and nothing else"}},

		// Greetings naming whom they greet.
		{"greeting with a name",
			"Hi Julian! I've passed your chat to the service desk.",
			[]string{"I've passed your chat to the service desk."}},
		{"greeting there",
			"Hi there! Thanks for reaching out to support.",
			[]string{"Thanks for reaching out to support."}},
		{"near miss: greeting then a statement",
			"Hello it works now! Thanks.",
			[]string{"it works now!", "Thanks."}},
		{"near miss: greeting then a lower-case word",
			"Hey, works now!",
			[]string{"works now!"}},

		// Emoji faces and gestures in chat.
		{"an emoji face between words ends a sentence",
			"np 😊 closing this chat now, have a good day",
			[]string{"np 😊", "closing this chat now, have a good day"}},
		{"a gesture after a stop stays with its sentence",
			"Thanks for reaching out! 👋 Someone from the team will be with you shortly.",
			[]string{"Thanks for reaching out! 👋", "Someone from the team will be with you shortly."}},
		{"near miss: an emoji that is not a face",
			"the 🔥 alert fired again on the gateway",
			[]string{"the 🔥 alert fired again on the gateway"}},
		{"near miss: an emoji opening the line or closing it",
			"👋 the export works again 👍",
			[]string{"👋 the export works again 👍"}},
		{"near miss: an ASCII face does not end a sentence",
			"Now all are active :) thank you",
			[]string{"Now all are active :) thank you"}},

		// Forms' fields.
		{"field lines do not wrap into a new line",
			"Request: add our shop's domain and a certificate\nSite: fernleaf-shop (staging: fernleaf-shop.example.net)\nDomain: fernleafshop.example (registered elsewhere, DNS stays)\nPlease connect the domain to the site and set up the certificate.",
			[]string{"Request: add our shop's domain and a certificate", "Site: fernleaf-shop (staging: fernleaf-shop.example.net)",
				"Domain: fernleafshop.example (registered elsewhere, DNS stays)", "Please connect the domain to the site and set up the certificate."}},
		{"a field ending in a word that never ends a sentence is still one a line",
			"Bookings affected: none that I know of\nPreferred contact: email",
			[]string{"Bookings affected: none that I know of", "Preferred contact: email"}},
		{"near miss: a field wrapped into a lower-case line",
			"Change request\nSummary: New pump controller at the north station (commissioning 19/05)\nneeds a firewall rule to the front-end servers FE01/FE02 from its own\naddress range.\nRisk: low, additive rule only",
			[]string{"Change request", "Summary: New pump controller at the north station (commissioning 19/05) needs a firewall rule to the front-end servers FE01/FE02 from its own address range.",
				"Risk: low, additive rule only"}},
		{"a form's From: and To: are not a reply header",
			"Item: spare kiosk from the central store\nFrom: Central store basement\nTo: Riverside library, ground floor\nNotes: Please also set it up for our branch code.",
			[]string{"Item: spare kiosk from the central store", "From: Central store basement", "To: Riverside library, ground floor",
				"Notes: Please also set it up for our branch code."}},
		{"near miss: a reply header with an address",
			"The printer works again.\n\nFrom: Service Desk <desk@example.org>\nTo: Jane Doe\n\nPlease restart it.",
			[]string{"The printer works again."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Sentences(tt.body))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}
