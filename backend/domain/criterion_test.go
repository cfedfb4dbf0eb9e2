package domain

import "testing"

func TestParseCheck(t *testing.T) {
	tests := []struct {
		in      string
		want    Check
		wantErr bool
	}{
		{"error_rate < 0.5", Check{"error_rate", "<", 0.5}, false},
		{"conversion>=3.1", Check{"conversion", ">=", 3.1}, false},
		{" p1_tickets == 0 ", Check{"p1_tickets", "==", 0}, false},
		{"feedback_negative_share < 20%", Check{"feedback_negative_share", "<", 20}, false},
		{"delta > -2", Check{"delta", ">", -2}, false},
		{"Error_Rate < 1", Check{}, true},
		{"error_rate =< 1", Check{}, true},
		{"error_rate < lots", Check{}, true},
		{"error_rate", Check{}, true},
	}
	for _, tt := range tests {
		got, err := ParseCheck(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseCheck(%q) = %+v, %v; want %+v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestCheckHolds(t *testing.T) {
	tests := []struct {
		check string
		value float64
		want  bool
	}{
		{"x < 0.5", 0.49, true}, {"x < 0.5", 0.5, false},
		{"x <= 0.5", 0.5, true}, {"x <= 0.5", 0.51, false},
		{"x > 3", 3, false}, {"x > 3", 3.01, true},
		{"x >= 3.1", 3.1, true}, {"x >= 3.1", 3.0999999999, true}, {"x >= 3.1", 3.0, false},
		{"x == 0", 0, true}, {"x == 0", 1, false},
	}
	for _, tt := range tests {
		c, err := ParseCheck(tt.check)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Holds(tt.value); got != tt.want {
			t.Errorf("%s with %v: %v, want %v", tt.check, tt.value, got, tt.want)
		}
	}
}

func TestParseOverDays(t *testing.T) {
	for in, want := range map[string]int{"3d": 3, "14d": 14} {
		if got, err := ParseOverDays(in); err != nil || got != want {
			t.Errorf("ParseOverDays(%q) = %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"0d", "3", "3 days", "-1d", "d"} {
		if _, err := ParseOverDays(in); err == nil {
			t.Errorf("ParseOverDays(%q) accepted", in)
		}
	}
}
