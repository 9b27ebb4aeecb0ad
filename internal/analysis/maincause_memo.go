package analysis

// mainCauseMemo is MainCause's answers (k, for customerFacing false and
// true) for the causes it was made of: the text, publicity, event and reading of each,
// all that MainCause reads of a cause. An analysis asks MainCause five times
// (the factors, the action, the component, the key fix, the report), each
// time of every cause's text; the memo is made once the causes are read, on
// the analysis's goroutine, and only read after, so reports written
// concurrently may share it. Causes that differ from those it was made of
// (facts changed or built by hand) are ranked again.
type mainCauseMemo struct {
	of []causeKey
	k  [2]int
}

// causeKey is what MainCause reads of a cause.
type causeKey struct {
	text   string
	public bool
	event  string
	by     CauseSource
}

// memoMainCause makes f's memo of MainCause for its causes as they are.
func memoMainCause(f *Facts) mainCauseMemo {
	if len(f.Causes) == 0 {
		return mainCauseMemo{}
	}
	m := mainCauseMemo{k: mainCauses(f.Causes)}
	m.of = make([]causeKey, len(f.Causes))
	for i := range f.Causes {
		q := &f.Causes[i]
		m.of[i] = causeKey{q.Text, q.Public, q.Event, q.CauseBy}
	}
	return m
}

// answer returns MainCause(customerFacing) for causes, and whether the memo
// holds it: whether causes are the ones it was made of.
func (m *mainCauseMemo) answer(causes []Quote, customerFacing bool) (int, bool) {
	if len(m.of) == 0 || len(m.of) != len(causes) {
		return 0, false
	}
	for i := range causes {
		q := &causes[i]
		if k := m.of[i]; k.text != q.Text || k.public != q.Public || k.event != q.Event || k.by != q.CauseBy {
			return 0, false
		}
	}
	if customerFacing {
		return m.k[1], true
	}
	return m.k[0], true
}
