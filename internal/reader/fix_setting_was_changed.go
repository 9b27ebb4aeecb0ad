package reader

// Round 154: a setting told as it was found. Staff tell the state a setting
// was put in before the fault ("the scaling plan for your pool was set to UTC
// instead of UK time, so ...", "your account's regional setting was changed to
// United States last Friday, so ...", "Eastwold ward-page TTL was changed to
// 900 in the pre-election config review on 28/04 (meant to be 30)."): the step
// of the change that broke things, told as the cause, no remedy. Counted over
// every tuning set (styles to styles102, -styleserrorstp): rows read as fix
// with "was/were set/changed to" are 4 false (styles50, 53, 83, 91, all
// labelled cause) and none true. The true rows told with a passive verb say
// "switched" ("The Parcelink feeds were switched to production this morning
// ...", styles2; "the spring prices were switched on ...", styles19) and stay.

// settingWasChanged reports whether a sentence has "was" or "were", then
// "set" or "changed", then "to".
func settingWasChanged(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "was" && ts[i] != "were" {
			continue
		}
		if (ts[i+1] == "set" || ts[i+1] == "changed") && ts[i+2] == "to" {
			return true
		}
	}
	return false
}
