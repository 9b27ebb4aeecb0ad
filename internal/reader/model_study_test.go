package reader

import (
	"flag"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The leave-set-out study of the model (docs/quality.md, "The model trained on
// fifty sets: a leave-set-out study"): for each training variant, one fold per
// labelled set over all fifty styles sets and the other tuning files (never
// fresh2), the out-of-fold probabilities of every sentence, each act's
// threshold chosen by a rule on the other folds' out-of-fold rows, and the
// rows of the rules with the model scored per act over the fourteen newest
// sets and over all fifty.
var (
	modelStudy       = flag.Bool("modelstudy", false, "run the leave-set-out study of the model's training variants (minutes; docs/quality.md)")
	modelStudyJobs   = flag.Int("modelstudyjobs", 1, "folds trained at once by -modelstudy")
	modelStudyInner  = flag.Int("modelstudyinner", 5, "inner folds (of sets) of -modelstudy's nested thresholds; 0: only thresholds chosen on the other sets' out-of-fold rows")
	modelStudyNested = flag.String("modelstudynested", modelConfig.name, "the -modelstudy configurations whose thresholds are also chosen nested, comma-separated names")
	modelStudyCfgs   = flag.String("modelstudycfgs", "", "the -modelstudy configurations to run, comma-separated names (default all)")
)

// studyNewest are the fourteen newest writers' sets, the proxy for unseen ones.
var studyNewest = regexp.MustCompile(`^styles(3[7-9]|4[0-9]|50)$`)

// studyConfigs are the training variants of the study; the first is the
// shipped one (modelConfig).
var studyConfigs = []mConfig{
	modelConfig,
	modelConfigStudy, // "all words l=3e-4"
	{name: "all words l=3e-3", words: 2, lambda: 3e-3},
	{name: "all words+bigrams", words: 2, bigrams: true, lambda: 1e-3},
	{name: "words of 3+ sets", words: 2, lambda: 1e-3, minSets: 3},
}

// studyRule is a way to choose an act's threshold on out-of-fold rows: the
// best recall that keeps the rules' precision within tol ("orp"), or the best
// F1 (tol < 0, chooseCombiner's "or").
type studyRule struct {
	name string
	tol  float64
}

var studyRules = []studyRule{{"orp 0.02", 0.02}, {"orp 0.04", 0.04}, {"F1-max", -1}}

// studyGrid are the thresholds tried, as chooseCombiner's.
var studyGrid = func() []float64 {
	var g []float64
	for t := 0.05; t < 0.96; t += 0.05 {
		g = append(g, math.Round(t*100)/100)
	}
	return g
}()

// studyCounts counts the rows of each group at every threshold of studyGrid
// and with the rules alone (index len(studyGrid)), with the probabilities p.
func studyCounts(d *mData, act Act, p []float64) map[string][]counts {
	out := map[string][]counts{}
	for k := range d.rows {
		r := &d.rows[k]
		c := out[r.group]
		if c == nil {
			c = make([]counts, len(studyGrid)+1)
			out[r.group] = c
		}
		hit, best := false, -1.0
		for _, i := range r.sents {
			s := &d.sents[i]
			switch {
			case s.rules&act != 0:
				hit = true
			case !s.auto && s.veto&act == 0 && !math.IsNaN(p[i]):
				best = math.Max(best, p[i])
			}
		}
		gold := r.gold&act != 0
		for j := range c {
			got := hit || j < len(studyGrid) && best >= studyGrid[j]
			switch {
			case got && gold:
				c[j].tp++
			case got:
				c[j].fp++
			case gold:
				c[j].fn++
			}
		}
	}
	return out
}

// choose returns the threshold rule picks on the counts summed over the
// groups in (the rules alone: 2).
func (rule studyRule) choose(byGroup map[string][]counts, in func(string) bool) float64 {
	sum := make([]counts, len(studyGrid)+1)
	for g, c := range byGroup {
		if !in(g) {
			continue
		}
		for j := range c {
			sum[j].tp += c[j].tp
			sum[j].fp += c[j].fp
			sum[j].fn += c[j].fn
		}
	}
	rules := sum[len(studyGrid)]
	best, bestF := 2.0, -1.0
	floor := -1.0
	if rule.tol >= 0 {
		floor = rules.precision() - rule.tol
		bestF = rules.recall()
	}
	for j, t := range studyGrid {
		f := f1(sum[j])
		if floor >= 0 {
			if sum[j].precision() < floor {
				continue
			}
			f = sum[j].recall()
		}
		if f > bestF+1e-9 {
			best, bestF = t, f
		}
	}
	return best
}

// studyPredict returns each sentence's acts, cause, fix and restored, as Read
// would give them with the model's probabilities p and the thresholds th (by
// act, for the sentence's group): the rules' acts, the model's where its
// probability reaches the threshold and the rules' guards allow, and a fix
// dropped where a cause is told with no remedy beside it (round 33).
func studyPredict(d *mData, p map[Act][]float64, th func(Act, string) float64) []Act {
	out := make([]Act, len(d.sents))
	for i := range d.sents {
		s := &d.sents[i]
		acts := s.rules & (Cause | Fix | Restored)
		if s.auto {
			out[i] = acts
			continue
		}
		var add Act
		for _, act := range weakActs {
			if acts&act == 0 && s.veto&act == 0 && !math.IsNaN(p[act][i]) && p[act][i] >= th(act, s.group) {
				add |= act
			}
		}
		acts |= add
		if add&(Cause|Fix) != 0 && acts&(Cause|Fix) == Cause|Fix && s.causeBare {
			acts &^= Fix
		}
		out[i] = acts
	}
	return out
}

// studyScore counts act's rows of the groups in, with the sentences' acts.
func studyScore(d *mData, act Act, acts []Act, in func(string) bool) counts {
	var c counts
	for k := range d.rows {
		r := &d.rows[k]
		if !in(r.group) {
			continue
		}
		got := false
		for _, i := range r.sents {
			got = got || acts[i]&act != 0
		}
		gold := r.gold&act != 0
		switch {
		case got && gold:
			c.tp++
		case got:
			c.fp++
		case gold:
			c.fn++
		}
	}
	return c
}

// studyFit trains act's regression once per fold: for each group of folds,
// on the sentences of the groups of trainOn other than it, and returns the
// probabilities of the fold's sentences (NaN elsewhere and for automatic
// messages). With folds nil it trains once on trainOn and scores test.
func studyFit(d *mData, cfg mConfig, feats [][]int32, act Act, trainOn []string, folds []string, test []string) []float64 {
	p := studyNaN(len(d.sents))
	var jobs []studyJob
	if folds == nil {
		jobs = []studyJob{{test, trainOn, p}}
	} else {
		for _, g := range folds {
			jobs = append(jobs, studyJob{[]string{g}, slices.DeleteFunc(slices.Clone(trainOn), func(x string) bool { return x == g }), p})
		}
	}
	studyRun(d, cfg, feats, act, jobs)
	return p
}

func studyNaN(n int) []float64 {
	p := make([]float64, n)
	for i := range p {
		p[i] = math.NaN()
	}
	return p
}

// studyJob is one training: on the groups in, probabilities of the
// sentences of the groups out written to p.
type studyJob struct {
	out, in []string
	p       []float64
}

// studyRun runs the jobs, -modelstudyjobs at once; each writes only its own
// sentences' probabilities, so the result does not depend on the order.
func studyRun(d *mData, cfg mConfig, feats [][]int32, act Act, jobs []studyJob) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, *modelStudyJobs))
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			in, out := map[string]bool{}, map[string]bool{}
			for _, g := range j.in {
				in[g] = true
			}
			for _, g := range j.out {
				out[g] = true
			}
			var xs [][]int32
			var ys []bool
			var gs []string
			for i := range d.sents {
				s := &d.sents[i]
				if !s.auto && in[s.group] {
					xs = append(xs, feats[i])
					ys = append(ys, s.gold&act != 0)
					gs = append(gs, s.group)
				}
			}
			if cfg.minSets > 0 {
				xs = wordsOfSets(xs, gs, cfg.minSets)
			}
			w := train(xs, ys, cfg.lambda)
			mu.Lock()
			defer mu.Unlock()
			for i := range d.sents {
				s := &d.sents[i]
				if !s.auto && out[s.group] {
					j.p[i] = w.prob(feats[i])
				}
			}
		}()
	}
	wg.Wait()
}

// studyNested returns, for each outer group, the row counts by group of the
// other groups (studyCounts) with probabilities out of inner folds that never
// saw the outer group: its other groups dealt round in k folds, each scored
// by a model trained on the rest. A threshold chosen on them is nested.
func studyNested(d *mData, cfg mConfig, feats [][]int32, act Act, all []string, k int) map[string]map[string][]counts {
	ps := map[string][]float64{}
	var jobs []studyJob
	for _, g := range all {
		others := slices.DeleteFunc(slices.Clone(all), func(x string) bool { return x == g })
		ps[g] = studyNaN(len(d.sents))
		for f := range k {
			var out, in []string
			for i, x := range others {
				if i%k == f {
					out = append(out, x)
				} else {
					in = append(in, x)
				}
			}
			jobs = append(jobs, studyJob{out, in, ps[g]})
		}
	}
	studyRun(d, cfg, feats, act, jobs)
	res := map[string]map[string][]counts{}
	for _, g := range all {
		res[g] = studyCounts(d, act, ps[g])
	}
	return res
}

// TestModelStudy is the leave-set-out study (-modelstudy): see the top of
// this file. Thresholds are nested in the sense that a set's threshold is
// chosen on the other sets' out-of-fold rows only; those rows' probabilities
// come from models that were trained on the set itself among the others (one
// level of folds, not two: two would train 55 times 54 models per act).
func TestModelStudy(t *testing.T) {
	if !*modelStudy {
		t.Skip("run with -modelstudy")
	}
	t0 := time.Now()
	d := loadModelData(t, true)
	groups := map[string]bool{}
	for i := range d.sents {
		groups[d.sents[i].group] = true
	}
	all := slices.Sorted(maps.Keys(groups))
	var seen36 []string // the groups the shipped model is trained on
	for _, g := range all {
		if !slices.Contains(modelUnseen, g) {
			seen36 = append(seen36, g)
		}
	}
	isStyles := func(g string) bool { return slices.Contains(stylesSets, g) }
	isNewest := func(g string) bool { return studyNewest.MatchString(g) }
	t.Logf("%d sentences, %d rows, %d groups (%d without modelUnseen), loaded in %s", len(d.sents), len(d.rows), len(all), len(seen36), time.Since(t0).Round(time.Second))

	type result struct {
		name         string
		newest, sets [3]counts
		th           [3]string
	}
	var results []result
	score := func(name string, acts []Act, th [3]string) {
		r := result{name: name, th: th}
		for ai, act := range weakActs {
			r.newest[ai] = studyScore(d, act, acts, isNewest)
			r.sets[ai] = studyScore(d, act, acts, isStyles)
		}
		results = append(results, r)
	}
	// The rules alone, and Read as shipped (the model on thirty-six sets).
	rules := make([]Act, len(d.sents))
	read := make([]Act, len(d.sents))
	for i := range d.sents {
		rules[i] = d.sents[i].rules & (Cause | Fix | Restored)
		read[i] = d.sents[i].read & (Cause | Fix | Restored)
	}
	score("rules alone", rules, [3]string{})
	score("Read as shipped (36 sets)", read, [3]string{})

	want := strings.Split(*modelStudyCfgs, ",")
	for ci, cfg := range studyConfigs {
		if *modelStudyCfgs != "" && !slices.Contains(want, cfg.name) {
			continue
		}
		feats := make([][]int32, len(d.sents))
		for i := range d.sents {
			if !d.sents[i].auto {
				feats[i] = cfg.features(&d.sents[i])
			}
		}
		oof := map[Act][]float64{}
		byGroup := map[Act]map[string][]counts{}
		for _, act := range weakActs {
			t1 := time.Now()
			oof[act] = studyFit(d, cfg, feats, act, all, all, nil)
			byGroup[act] = studyCounts(d, act, oof[act])
			t.Logf("%s, %s: %d folds in %s", cfg.name, actNames[act], len(all), time.Since(t1).Round(time.Second))
		}
		var nested map[Act]map[string]map[string][]counts
		if *modelStudyInner > 0 && slices.Contains(strings.Split(*modelStudyNested, ","), cfg.name) {
			nested = map[Act]map[string]map[string][]counts{}
			for _, act := range weakActs {
				t1 := time.Now()
				nested[act] = studyNested(d, cfg, feats, act, all, *modelStudyInner)
				t.Logf("%s, %s: %d nested folds in %s", cfg.name, actNames[act], len(all)**modelStudyInner, time.Since(t1).Round(time.Second))
			}
		}
		for _, rule := range studyRules {
			if nested == nil {
				break
			}
			th := map[Act]map[string]float64{}
			var desc [3]string
			for ai, act := range weakActs {
				th[act] = map[string]float64{}
				var ts []float64
				for _, g := range all {
					th[act][g] = rule.choose(nested[act][g], func(x string) bool { return x != g })
					ts = append(ts, th[act][g])
				}
				desc[ai] = fmt.Sprintf("nested (%s-%s)", studyTh(slices.Min(ts)), studyTh(slices.Max(ts)))
			}
			acts := studyPredict(d, oof, func(a Act, g string) float64 { return th[a][g] })
			score(fmt.Sprintf("%s, 50 sets, %s, nested", cfg.name, rule.name), acts, desc)
		}
		for _, rule := range studyRules {
			th := map[Act]map[string]float64{}
			var desc [3]string
			for ai, act := range weakActs {
				th[act] = map[string]float64{}
				var ts []float64
				for _, g := range all {
					th[act][g] = rule.choose(byGroup[act], func(x string) bool { return x != g })
					ts = append(ts, th[act][g])
				}
				global := rule.choose(byGroup[act], func(string) bool { return true })
				desc[ai] = fmt.Sprintf("%s (%s-%s)", studyTh(global), studyTh(slices.Min(ts)), studyTh(slices.Max(ts)))
			}
			acts := studyPredict(d, oof, func(a Act, g string) float64 { return th[a][g] })
			score(fmt.Sprintf("%s, 50 sets, %s", cfg.name, rule.name), acts, desc)
		}
		if ci != 0 {
			continue
		}
		// The shipped situation: trained on the thirty-six sets and the
		// tuning files, the thresholds chosen on their out-of-fold rows as
		// trainModel chooses them, the newest sets scored as unseen (and
		// the thirty-six sets by their out-of-fold probabilities).
		oof36 := map[Act][]float64{}
		by36 := map[Act]map[string][]counts{}
		for _, act := range weakActs {
			t1 := time.Now()
			p := studyFit(d, cfg, feats, act, seen36, seen36, nil)
			by36[act] = studyCounts(d, act, p)
			held := studyFit(d, cfg, feats, act, seen36, nil, modelUnseen)
			for i := range p {
				if !math.IsNaN(held[i]) {
					p[i] = held[i]
				}
			}
			oof36[act] = p
			t.Logf("%s on 36 sets, %s: %d folds in %s", cfg.name, actNames[act], len(seen36)+1, time.Since(t1).Round(time.Second))
		}
		for _, rule := range studyRules {
			th := map[Act]float64{}
			var desc [3]string
			for ai, act := range weakActs {
				th[act] = rule.choose(by36[act], func(g string) bool { return slices.Contains(seen36, g) })
				desc[ai] = studyTh(th[act])
			}
			acts := studyPredict(d, oof36, func(a Act, _ string) float64 { return th[a] })
			score(fmt.Sprintf("%s, 36 sets (shipped situation), %s", cfg.name, rule.name), acts, desc)
		}
	}

	var b strings.Builder
	for ai, act := range weakActs {
		fmt.Fprintf(&b, "\n%s\n\n| variant | threshold (per-fold range) | styles37-50 tp / fp / fn | P | R | F1 | all 50 sets tp / fp / fn | P | R | F1 |\n|---|---|---|---|---|---|---|---|---|---|\n", actNames[act])
		for _, r := range results {
			n, s := r.newest[ai], r.sets[ai]
			fmt.Fprintf(&b, "| %s | %s | %d / %d / %d | %.3f | %.3f | %.3f | %d / %d / %d | %.3f | %.3f | %.3f |\n",
				r.name, r.th[ai], n.tp, n.fp, n.fn, n.precision(), n.recall(), f1(n), s.tp, s.fp, s.fn, s.precision(), s.recall(), f1(s))
		}
	}
	// The variants whose F1 over styles37-50 beats the current
	// configuration's on every act (both cross-validated on fifty sets, with
	// thresholds chosen the same way: nested or not).
	b.WriteString("\nbeat the current configuration (50 sets, orp 0.02, thresholds chosen alike) on every act over styles37-50:")
	found := false
	for _, r := range results {
		if !strings.Contains(r.name, ", 50 sets, ") {
			continue
		}
		nested := strings.HasSuffix(r.name, ", nested")
		name := modelConfig.name + ", 50 sets, orp 0.02"
		if nested {
			name += ", nested"
		}
		base := slices.IndexFunc(results, func(x result) bool { return x.name == name })
		if base < 0 || r.name == name {
			continue
		}
		ok := true
		for ai := range weakActs {
			ok = ok && f1(r.newest[ai]) > f1(results[base].newest[ai])+1e-9
		}
		if ok {
			found = true
			fmt.Fprintf(&b, " %s;", r.name)
		}
	}
	if !found {
		b.WriteString(" none")
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "\nrecommended in docs/quality.md (modelConfigStudy, modelRuleStudy): %s, %s\n", modelConfigStudy.name, modelRuleStudy)
	t.Logf("%s\nin %s", b.String(), time.Since(t0).Round(time.Second))
}

func studyTh(t float64) string {
	if t > 1 {
		return "rules"
	}
	return fmt.Sprintf("%.2f", t)
}
