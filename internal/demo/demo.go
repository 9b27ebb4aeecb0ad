// Package demo prepares the archive of `debrief serve --demo`: the bundled
// example tickets stored and analysed, and an admin token to sign in with.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/debriefhq/debrief/examples"
	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// WriteConfig writes the bundled example configuration (with the files it
// names) into dir and returns its path.
func WriteConfig(dir string) (string, error) {
	for _, name := range []string{"debrief.yaml", "logo.png"} {
		b, err := examples.Files.ReadFile(name)
		if err != nil {
			return "", fmt.Errorf("demo: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			return "", fmt.Errorf("demo: %w", err)
		}
	}
	return filepath.Join(dir, "debrief.yaml"), nil
}

// Config writes the bundled example configuration into dir and loads it.
func Config(dir string) (*config.Config, error) {
	p, err := WriteConfig(dir)
	if err != nil {
		return nil, err
	}
	return config.Load(p)
}

// Tokens is the part of the store the demo creates its token in.
type Tokens interface {
	CreateToken(ctx context.Context, t store.Token) (int64, error)
}

// Seed stores the bundled example tickets through svc, waits (up to wait)
// until every one is analysed by the running queue, and returns the secret
// of a new admin token.
func Seed(ctx context.Context, svc *service.Service, tokens Tokens, wait time.Duration) (string, error) {
	names, err := fs.Glob(examples.Files, "tickets/*.json")
	if err != nil || len(names) == 0 {
		return "", fmt.Errorf("demo: no bundled tickets: %v", err)
	}
	var ids []string
	for _, n := range names {
		b, err := examples.Files.ReadFile(n)
		if err != nil {
			return "", fmt.Errorf("demo: %w", err)
		}
		res, err := svc.Ingest(ctx, b)
		if err != nil {
			return "", fmt.Errorf("demo: %s: %w", path.Base(n), err)
		}
		ids = append(ids, res.Ticket)
	}
	deadline := time.Now().Add(wait)
	for _, id := range ids {
		for {
			metas, err := svc.Analyses(ctx, auth.Staff, id)
			if err != nil {
				return "", fmt.Errorf("demo: %w", err)
			}
			if len(metas) > 0 {
				break
			}
			if time.Now().After(deadline) {
				return "", errors.New("demo: the examples were not analysed in time")
			}
			select {
			case <-ctx.Done():
				return "", ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	secret, hash, err := auth.NewToken()
	if err != nil {
		return "", err
	}
	if _, err := tokens.CreateToken(ctx, store.Token{Hash: hash, Role: string(auth.RoleAdmin), Name: "demo admin"}); err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	return secret, nil
}
