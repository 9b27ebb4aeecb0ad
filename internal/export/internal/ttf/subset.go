// Package ttf cuts TrueType fonts down to the glyphs a document uses.
package ttf

import (
	"encoding/binary"
	"errors"
	"slices"
	"sort"
)

// Subset returns a copy of the TrueType font src that keeps only the
// glyphs in gids (plus .notdef and the parts of composite glyphs),
// renumbered densely, and a cmap that maps only the runes in gids. Layout
// tables (GSUB, GPOS, kern ...) are dropped.
//
// The CJK fallback font is 4 MB with tens of thousands of mappings, which
// fpdf would parse, hash and re-subset in full on every render; handing it
// this small subset instead keeps a CJK report about as fast as any other.
func Subset(src []byte, gids map[rune]uint16) ([]byte, error) {
	errBad := errors.New("ttf subset: malformed font")
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(src) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(src[off:])), true
	}
	u32 := func(off int) (int, bool) {
		if off < 0 || off+4 > len(src) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(src[off:])), true
	}
	numTables, ok := u16(4)
	if !ok {
		return nil, errBad
	}
	tables := map[string][]byte{}
	for i := range numTables {
		rec := 12 + 16*i
		if rec+16 > len(src) {
			return nil, errBad
		}
		tag := string(src[rec : rec+4])
		off, _ := u32(rec + 8)
		n, _ := u32(rec + 12)
		if off < 0 || n < 0 || off+n > len(src) {
			return nil, errBad
		}
		tables[tag] = src[off : off+n]
	}
	head, maxp, loca, glyf := tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
	if len(head) < 54 || len(maxp) < 6 || loca == nil || glyf == nil || tables["hhea"] == nil || tables["hmtx"] == nil {
		return nil, errBad
	}
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	glyphRange := func(g int) (int, int, bool) {
		if g < 0 || g >= numGlyphs {
			return 0, 0, false
		}
		var a, b int
		if longLoca {
			if 4*g+8 > len(loca) {
				return 0, 0, false
			}
			a, b = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
		} else {
			if 2*g+4 > len(loca) {
				return 0, 0, false
			}
			a, b = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
		}
		if a > b || b > len(glyf) {
			return 0, 0, false
		}
		return a, b, true
	}

	// Glyphs to keep, with the components of composite glyphs.
	keep := map[int]bool{0: true}
	var queue []int
	for _, g := range gids {
		if !keep[int(g)] {
			keep[int(g)] = true
			queue = append(queue, int(g))
		}
	}
	for len(queue) > 0 && len(keep) < 1<<16 {
		g := queue[0]
		queue = queue[1:]
		a, b, ok := glyphRange(g)
		if !ok || b-a < 10 || int16(binary.BigEndian.Uint16(glyf[a:])) >= 0 {
			continue
		}
		// Composite glyph: walk its component records.
		p := a + 10
		for p+4 <= b {
			flags := binary.BigEndian.Uint16(glyf[p:])
			comp := int(binary.BigEndian.Uint16(glyf[p+2:]))
			if !keep[comp] && comp < numGlyphs {
				keep[comp] = true
				queue = append(queue, comp)
			}
			p += 4 + compositeArgsLen(flags)
			if flags&0x0020 == 0 { // MORE_COMPONENTS
				break
			}
		}
	}

	// Renumber the kept glyphs densely, in their original order.
	kept := make([]int, 0, len(keep))
	for g := range keep {
		if g < numGlyphs {
			kept = append(kept, g)
		}
	}
	slices.Sort(kept)
	newID := make(map[int]int, len(kept))
	for i, g := range kept {
		newID[g] = i
	}

	// New glyf and (long) loca, with composite references renumbered.
	var newGlyf []byte
	newLoca := make([]byte, 4*(len(kept)+1))
	for i, g := range kept {
		binary.BigEndian.PutUint32(newLoca[4*i:], uint32(len(newGlyf)))
		a, b, ok := glyphRange(g)
		if !ok {
			continue
		}
		start := len(newGlyf)
		newGlyf = append(newGlyf, glyf[a:b]...)
		if b-a >= 10 && int16(binary.BigEndian.Uint16(glyf[a:])) < 0 {
			renumberComponents(newGlyf[start:], newID)
		}
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*len(kept):], uint32(len(newGlyf)))

	// New hmtx with one full metric per kept glyph.
	hhea, hmtx := tables["hhea"], tables["hmtx"]
	if len(hhea) < 36 {
		return nil, errBad
	}
	nhm := int(binary.BigEndian.Uint16(hhea[34:]))
	if nhm < 1 || 4*nhm > len(hmtx) {
		return nil, errBad
	}
	newHmtx := make([]byte, 4*len(kept))
	for i, g := range kept {
		var adv, lsb []byte
		if g < nhm {
			adv, lsb = hmtx[4*g:4*g+2], hmtx[4*g+2:4*g+4]
		} else {
			adv = hmtx[4*(nhm-1) : 4*(nhm-1)+2]
			if o := 4*nhm + 2*(g-nhm); o+2 <= len(hmtx) {
				lsb = hmtx[o : o+2]
			} else {
				lsb = []byte{0, 0}
			}
		}
		copy(newHmtx[4*i:], adv)
		copy(newHmtx[4*i+2:], lsb)
	}
	newHhea := slices.Clone(hhea)
	binary.BigEndian.PutUint16(newHhea[34:], uint16(len(kept)))
	newMaxp := slices.Clone(maxp)
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(len(kept)))
	newGids := make(map[rune]uint16, len(gids))
	for r, g := range gids {
		if id, ok := newID[int(g)]; ok {
			newGids[r] = uint16(id)
		}
	}

	newHead := slices.Clone(head)
	binary.BigEndian.PutUint32(newHead[8:], 0) // checkSumAdjustment
	binary.BigEndian.PutUint16(newHead[50:], 1)

	out := map[string][]byte{
		"head": newHead, "glyf": newGlyf, "loca": newLoca, "cmap": cmapFormat4(newGids),
		"hhea": newHhea, "hmtx": newHmtx, "maxp": newMaxp,
	}
	for _, tag := range []string{"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"} {
		if t := tables[tag]; t != nil {
			out[tag] = t
		}
	}
	if post := tables["post"]; len(post) >= 32 {
		p := slices.Clone(post[:32])
		binary.BigEndian.PutUint32(p, 0x00030000) // format 3: no glyph names
		out["post"] = p
	}
	return writeSFNT(out), nil
}

// renumberComponents rewrites the glyph references of a composite glyph.
func renumberComponents(g []byte, newID map[int]int) {
	p := 10
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		binary.BigEndian.PutUint16(g[p+2:], uint16(newID[int(binary.BigEndian.Uint16(g[p+2:]))]))
		p += 4 + compositeArgsLen(flags)
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			return
		}
	}
}

// compositeArgsLen is the size of a component record after its flags and
// glyph index: the offsets or anchor points, then the transform.
func compositeArgsLen(flags uint16) int {
	n := 2
	if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
		n = 4
	}
	switch {
	case flags&0x0008 != 0: // WE_HAVE_A_SCALE
		n += 2
	case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
		n += 4
	case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
		n += 8
	}
	return n
}

// cmapFormat4 builds a cmap table with one Windows Unicode BMP subtable.
func cmapFormat4(gids map[rune]uint16) []byte {
	runes := make([]rune, 0, len(gids))
	for r := range gids {
		if r > 0 && r < 0xFFFF {
			runes = append(runes, r)
		}
	}
	slices.Sort(runes)
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range runes {
		g := int(gids[r])
		if n := len(segs); n > 0 && segs[n-1].end == int(r)-1 && (segs[n-1].delta+int(r))&0xFFFF == g {
			segs[n-1].end = int(r)
			continue
		}
		segs = append(segs, seg{int(r), int(r), (g - int(r)) & 0xFFFF})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	searchRange, entrySelector := 2, 0
	for searchRange*2 <= 2*n {
		searchRange *= 2
		entrySelector++
	}
	length := 16 + 8*n
	b := make([]byte, 12+length)
	be := binary.BigEndian
	be.PutUint16(b[2:], 1)  // one subtable
	be.PutUint16(b[4:], 3)  // platform: Windows
	be.PutUint16(b[6:], 1)  // encoding: Unicode BMP
	be.PutUint32(b[8:], 12) // offset
	t := b[12:]
	be.PutUint16(t[0:], 4)
	be.PutUint16(t[2:], uint16(length))
	be.PutUint16(t[6:], uint16(2*n))
	be.PutUint16(t[8:], uint16(searchRange))
	be.PutUint16(t[10:], uint16(entrySelector))
	be.PutUint16(t[12:], uint16(2*n-searchRange))
	for i, s := range segs {
		be.PutUint16(t[14+2*i:], uint16(s.end))
		be.PutUint16(t[16+2*n+2*i:], uint16(s.start))
		be.PutUint16(t[16+4*n+2*i:], uint16(s.delta))
		// idRangeOffset stays 0.
	}
	return b
}

// writeSFNT assembles a TrueType file from its tables.
func writeSFNT(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	searchRange, entrySelector := 1, 0
	for searchRange*2 <= n {
		searchRange *= 2
		entrySelector++
	}
	searchRange *= 16
	be := binary.BigEndian
	out := make([]byte, 12+16*n)
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(searchRange))
	be.PutUint16(out[8:], uint16(entrySelector))
	be.PutUint16(out[10:], uint16(16*n-searchRange))
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		be.PutUint32(rec[4:], sfntChecksum(data))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func sfntChecksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
