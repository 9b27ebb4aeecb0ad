package analysis

import "regexp"

// A thing told "not available" is a fault stated, as "unavailable" is: "pay
// branch code of ph_name is not available for tellers in ph_name" (Mendeley
// 1004476, labelled the problem) ranked as a bare negation below the context
// after it ("... confirmed that other banks are not facing the same issue");
// "the server says station is not available" (styles93 09, the fault the
// customer told after the work) and "recording not available" (styles96 17,
// in place of the customer's "Buongiorno again,") are the later problems.
// arrivalVerbs holds "available", so that a negation before it ranks
// faultScore; personAvailable keeps a person's own availability ("I'm not
// available on Friday") a bare negation.

// personAvailable is a person told not available: "i'm not available
// tomorrow", "we are not available until 2pm", "she won't be available".
var personAvailable = regexp.MustCompile(`\b(?:i|we|you|he|she|they|i'm|im|we're|you're|he's|she's|they're|i'll|we'll|she'll|he'll|they'll)(?:\s+(?:am|are|is|was|were|will|would|be|'ll))*\s+(?:not|won't|wont)\s+(?:be\s+)?available\b`)
