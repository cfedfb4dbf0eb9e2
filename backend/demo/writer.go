package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"rolloutdesk/backend/provider"
)

// settingOverrides keeps the changes made to demo flags (kill switch,
// rollouts) so the offline provider remembers them.
const settingOverrides = "demo.overrides"

// Override is a change made to one demo flag through the app.
type Override struct {
	On       *bool                 `json:"on,omitempty"`
	Serving  []provider.Allocation `json:"serving,omitempty"`
	Modified time.Time             `json:"modified"`
}

// Overrides are keyed by "environment/key".
type Overrides map[string]Override

// Settings is where overrides are kept (the workspace store).
type Settings interface {
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// LoadOverrides reads the saved overrides.
func LoadOverrides(ctx context.Context, st Settings) (Overrides, error) {
	text, err := st.Setting(ctx, settingOverrides)
	if err != nil || text == "" {
		return Overrides{}, err
	}
	var o Overrides
	if err := json.Unmarshal([]byte(text), &o); err != nil {
		return nil, fmt.Errorf("demo overrides: %w", err)
	}
	return o, nil
}

// ResetOverrides forgets every change made to demo flags.
func ResetOverrides(ctx context.Context, st Settings) error {
	return st.SetSetting(ctx, settingOverrides, "")
}

func (o Overrides) apply(s provider.FlagState) provider.FlagState {
	ov, ok := o[s.Environment+"/"+s.Key]
	if !ok {
		return s
	}
	if ov.On != nil {
		s.On = *ov.On
	}
	if ov.Serving != nil {
		s.Serving = ov.Serving
	}
	s.LastModified = ov.Modified
	if s.Version != nil {
		v := *s.Version + 1
		s.Version = &v
	}
	return s
}

// Writer changes demo flags. It implements provider.Writer.
type Writer struct {
	Source   Source
	Settings Settings
}

// ReadFlag implements provider.Writer. It reads the saved overrides afresh,
// so it sees the writer's own changes.
func (w Writer) ReadFlag(ctx context.Context, project, environment, key string) (provider.FlagState, error) {
	overrides, err := LoadOverrides(ctx, w.Settings)
	if err != nil {
		return provider.FlagState{}, err
	}
	src := w.Source
	src.Overrides = overrides
	states, err := src.Fetch(ctx, provider.Scope{Project: project, Environments: []string{environment}}, func(provider.Progress) {})
	if err != nil {
		return provider.FlagState{}, err
	}
	for _, s := range states {
		if s.Key == key {
			return s, nil
		}
	}
	return provider.FlagState{}, &UnknownError{What: "flag", Name: key, Known: flagKeys()}
}

// SetOn implements provider.Writer.
func (w Writer) SetOn(ctx context.Context, project, environment, key string, on bool, _ string) error {
	return w.change(ctx, project, environment, key, func(o *Override) { o.On = &on })
}

// SetServing implements provider.Writer.
func (w Writer) SetServing(ctx context.Context, project, environment, key string, serving []provider.Allocation, _ string) error {
	var total float64
	for _, a := range serving {
		total += a.Percent
	}
	if total < 99.999 || total > 100.001 {
		return fmt.Errorf("demo provider: the split adds up to %g%%, not 100%%", total)
	}
	return w.change(ctx, project, environment, key, func(o *Override) { o.Serving = serving })
}

func (w Writer) change(ctx context.Context, project, environment, key string, edit func(*Override)) error {
	if _, err := w.ReadFlag(ctx, project, environment, key); err != nil {
		return err
	}
	overrides, err := LoadOverrides(ctx, w.Settings)
	if err != nil {
		return err
	}
	ov := overrides[environment+"/"+key]
	edit(&ov)
	ov.Modified = w.Source.Now().UTC().Truncate(time.Millisecond)
	overrides[environment+"/"+key] = ov
	text, err := json.Marshal(overrides)
	if err != nil {
		return err
	}
	return w.Settings.SetSetting(ctx, settingOverrides, string(text))
}

func flagKeys() []string {
	keys := make([]string, len(flags))
	for i, f := range flags {
		keys[i] = f.key
	}
	return keys
}
