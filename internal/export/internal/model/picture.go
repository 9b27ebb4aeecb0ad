package model

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decode JPEG image headers
	"image/png"
	"math"
	"strconv"
	"strings"
)

var (
	PNGMagic  = []byte("\x89PNG\r\n\x1a\n")
	jpegMagic = []byte("\xff\xd8\xff")
)

// maxPictureSide bounds the pixel size accepted from an image header.
const maxPictureSide = 20000

// NewPicture sniffs data (PNG, JPEG or SVG) and reads its size.
func NewPicture(data []byte, alt string) (*Picture, error) {
	p := &Picture{Data: data, Alt: CleanText(OneLine(alt))}
	switch {
	case bytes.HasPrefix(data, PNGMagic), bytes.HasPrefix(data, jpegMagic):
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("image header: %w", err)
		}
		if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxPictureSide || cfg.Height > maxPictureSide {
			return nil, fmt.Errorf("image size %dx%d out of range", cfg.Width, cfg.Height)
		}
		p.Kind = picPNG
		if data[1] == 0xd8 {
			p.Kind = PicJPEG
		}
		p.W, p.H = float64(cfg.Width), float64(cfg.Height)
	default:
		w, h, err := SVGSize(data)
		if err != nil {
			return nil, err
		}
		p.Kind = PicSVG
		p.W, p.H = w, h
	}
	return p, nil
}

// CheckPNG decodes the whole PNG, so that a corrupt image is never handed
// to fpdf's own PNG parser.
func CheckPNG(data []byte) error {
	if _, err := png.Decode(bytes.NewReader(data)); err != nil {
		return fmt.Errorf("png: %w", err)
	}
	return nil
}

var errNotSVG = errors.New("not a PNG, JPEG or SVG image")

// svgSize reads the width and height (or viewBox) of an SVG document's root
// element, in CSS pixels. It defaults to 400x300.
func SVGSize(data []byte) (w, h float64, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if err != nil {
			return 0, 0, errNotSVG
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "svg" {
			return 0, 0, errNotSVG
		}
		var vb []float64
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "width":
				w = SVGLength(a.Value)
			case "height":
				h = SVGLength(a.Value)
			case "viewBox":
				vb = SVGNumbers(a.Value)
			}
		}
		if len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
			switch {
			case w <= 0 && h <= 0:
				w, h = vb[2], vb[3]
			case w <= 0:
				w = h * vb[2] / vb[3]
			case h <= 0:
				h = w * vb[3] / vb[2]
			}
		}
		if w <= 0 || h <= 0 || w > maxPictureSide || h > maxPictureSide {
			w, h = 400, 300
		}
		return w, h, nil
	}
}

// svgLength parses an SVG length or coordinate into CSS pixels;
// percentages, unknown units and non-finite values give 0.
func SVGLength(s string) float64 {
	s = strings.TrimSpace(s)
	unit := 1.0
	for _, u := range []struct {
		suffix string
		px     float64
	}{{"px", 1}, {"pt", 4.0 / 3}, {"pc", 16}, {"mm", 96 / 25.4}, {"cm", 96 / 2.54}, {"in", 96}, {"em", 16}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.px
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v * unit
}

// svgNumbers parses a list of numbers separated by commas and/or spaces.
func SVGNumbers(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		out = append(out, v)
	}
	return out
}
