package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
)

// modernc.org/sqlite compiles every statement it is given as text, and
// compiling took most of the time of an ingestion (River's job insert is a
// long statement). The wrappers below keep each connection's compiled
// statements by SQL text, for every query run with arguments, River's
// included.

// maxCachedStmts bounds the statements kept per connection.
const maxCachedStmts = 256

// cachingConnector opens SQLite connections that cache their statements.
type cachingConnector struct {
	dsn string
	drv driver.Driver
}

// openCachingDB opens a database/sql pool of caching SQLite connections.
func openCachingDB(dsn string) (*sql.DB, error) {
	plain, err := sql.Open("sqlite", "")
	if err != nil {
		return nil, err
	}
	drv := plain.Driver()
	if err := plain.Close(); err != nil {
		return nil, err
	}
	return sql.OpenDB(cachingConnector{dsn: dsn, drv: drv}), nil
}

func (c cachingConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	for _, iface := range []bool{
		implements[driver.ConnBeginTx](conn), implements[driver.ConnPrepareContext](conn),
		implements[driver.ExecerContext](conn), implements[driver.QueryerContext](conn),
	} {
		if !iface {
			_ = conn.Close()
			return nil, errors.New("sqlite driver lacks a context interface")
		}
	}
	return &cachingConn{Conn: conn, stmts: map[string]*cachedStmt{}}, nil
}

func (c cachingConnector) Driver() driver.Driver { return c.drv }

func implements[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

// cachingConn is used by one goroutine at a time (database/sql's rule), so
// it needs no lock.
type cachingConn struct {
	driver.Conn
	stmts map[string]*cachedStmt
}

type cachedStmt struct {
	stmt driver.Stmt
	// busy is true while rows of the statement are open: a second use
	// then gets a statement of its own.
	busy bool
}

// Interfaces database/sql looks for, forwarded to the SQLite connection.
var (
	_ driver.Connector          = cachingConnector{}
	_ driver.ConnBeginTx        = (*cachingConn)(nil)
	_ driver.ConnPrepareContext = (*cachingConn)(nil)
	_ driver.ExecerContext      = (*cachingConn)(nil)
	_ driver.QueryerContext     = (*cachingConn)(nil)
	_ driver.Pinger             = (*cachingConn)(nil)
	_ driver.SessionResetter    = (*cachingConn)(nil)
	_ driver.Validator          = (*cachingConn)(nil)
	_ driver.NamedValueChecker  = (*cachingConn)(nil)
)

func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *cachingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
}

func (c *cachingConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *cachingConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *cachingConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

// CheckNamedValue accepts what the default converter accepts.
func (c *cachingConn) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	v, err := driver.DefaultParameterConverter.ConvertValue(nv.Value)
	if err != nil {
		return err
	}
	nv.Value = v
	return nil
}

func (c *cachingConn) Close() error {
	for q, cs := range c.stmts {
		_ = cs.stmt.Close()
		delete(c.stmts, q)
	}
	return c.Conn.Close()
}

// stmt returns the cached statement for query, preparing it if needed, or
// a fresh one (one-off true, to be closed after use) if the cached one is
// busy.
func (c *cachingConn) stmt(ctx context.Context, query string) (cs *cachedStmt, oneOff bool, err error) {
	if cs, ok := c.stmts[query]; ok {
		if !cs.busy {
			return cs, false, nil
		}
		s, err := c.PrepareContext(ctx, query)
		if err != nil {
			return nil, false, err
		}
		return &cachedStmt{stmt: s}, true, nil
	}
	s, err := c.PrepareContext(ctx, query)
	if err != nil {
		return nil, false, err
	}
	if len(c.stmts) >= maxCachedStmts {
		for q, old := range c.stmts {
			if !old.busy {
				_ = old.stmt.Close()
				delete(c.stmts, q)
			}
		}
	}
	cs = &cachedStmt{stmt: s}
	c.stmts[query] = cs
	return cs, false, nil
}

// ExecContext runs statements without arguments (possibly scripts of
// several) directly, and the others through the cache.
func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if len(args) == 0 {
		return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
	}
	cs, oneOff, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if oneOff {
		defer cs.stmt.Close()
	}
	return cs.stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

// QueryContext is like ExecContext; the statement is busy until the rows
// are closed.
func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if len(args) == 0 {
		return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
	}
	cs, oneOff, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	rows, err := cs.stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		if oneOff {
			_ = cs.stmt.Close()
		}
		return nil, err
	}
	cs.busy = true
	return &cachedRows{Rows: rows, cs: cs, oneOff: oneOff}, nil
}

// cachedRows frees its statement when closed.
type cachedRows struct {
	driver.Rows
	cs     *cachedStmt
	oneOff bool
	closed bool
}

func (r *cachedRows) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	err := r.Rows.Close()
	r.cs.busy = false
	if r.oneOff {
		err = errors.Join(err, r.cs.stmt.Close())
	}
	return err
}
