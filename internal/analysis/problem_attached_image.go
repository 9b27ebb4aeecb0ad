package analysis

import "regexp"

// attachedImage is a note that a picture of the error is attached: "attached
// a screenshot of the appeared error" (Mendeley 1005299), "we have attached a
// picture of the error" (1008360). Its "error" names what the picture shows,
// not the fault: the fault is told in another sentence ("... and cards
// appeared with no data"), which a note ranked as a fault stated would push
// aside. faultRank blanks it; a sentence that tells the error's moment keeps
// its fault ("the attached error appears when trying to upload", no image
// noun), and so does one that names the fault beside the note.
var attachedImage = regexp.MustCompile(`\b(?:attached|attaching|attach|enclosed|enclosing)\s+(?:here\s+|herewith\s+)?(?:is\s+|are\s+)?(?:a\s+|an\s+|the\s+)?(?:screen\s?shots?|screen\s?grabs?|print\s?screens?|pictures?|photos?|images?|snapshots?|snips?)\s+(?:of|showing|with|for)\s+(?:the\s+|this\s+|that\s+)?(?:appeared\s+|same\s+|above\s+|below\s+)?(?:errors?|error messages?)\b`)
