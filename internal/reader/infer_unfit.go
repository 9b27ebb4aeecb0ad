package reader

// A thing unfit for use, booked twice or out of step states a fault in words
// incidentWords lack: "For about a week the wifi has been basically unusable
// every evening", "guest suite double booked??", "House seats went on general
// sale - double bookings for The Cherry Orchard", "Dailies audio out of sync
// on iPad". With no fault vote, the writer's one question ("Is anything being
// done?", "Is it the iPad?") made such tickets questions. Round 113: the 6
// tuning tickets (styles to styles94) whose subject or opening say so are all
// incidents (styles20 12, styles34 16, styles37 02, styles67 14, styles84 12,
// styles84 16); 4 were read as questions (styles20 12, styles67 14,
// styles84 12, styles84 16), the other two had a fault vote from "since".
var unfitWords = newLocalLexicon("unusable", "double booked", "double-booked", "double booking",
	"double bookings", "double-booking", "double-bookings", "out of sync")
