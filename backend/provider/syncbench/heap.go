package syncbench

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// heapMetric is the bytes of heap objects, live or not yet swept: what
// runtime.MemStats calls HeapAlloc, read without stopping the world.
const heapMetric = "/memory/classes/heap/objects:bytes"

// sampleEvery is how often the heap sampler reads the heap.
const sampleEvery = time.Millisecond

// heapSampler records the largest heap seen from its start to its stop.
type heapSampler struct {
	start uint64
	done  chan struct{}
	peak  chan uint64
}

// startHeapSampler collects garbage, notes the heap in use and then samples
// the heap until stop.
func startHeapSampler() *heapSampler {
	runtime.GC()
	h := &heapSampler{start: heapBytes(), done: make(chan struct{}), peak: make(chan uint64)}
	go h.run()
	return h
}

func (h *heapSampler) run() {
	ticker := time.NewTicker(sampleEvery)
	defer ticker.Stop()
	peak := h.start
	for {
		select {
		case <-ticker.C:
			peak = max(peak, heapBytes())
		case <-h.done:
			h.peak <- max(peak, heapBytes())
			return
		}
	}
}

// stop ends the sampling and returns the peak heap and the heap at start.
func (h *heapSampler) stop() (peak, start uint64) {
	close(h.done)
	return <-h.peak, h.start
}

// heapBytes reads heapMetric.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
