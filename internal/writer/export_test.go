package writer

// RequestVerb exposes requestVerb to the external tests.
var RequestVerb = requestVerb
