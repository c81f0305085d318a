//! How many Typst compilations run at once. Typst's memo cache (comemo) is
//! global and a compilation holds memory roughly in proportion to its source,
//! so languages compile in parallel while their estimated memory fits a
//! budget, one at a time when they are large; the cache is evicted as each
//! compilation ends. A long-lived process that recompiles the same documents
//! (`serve`'s PDF preview) keeps what the last few compilations used instead
//! ([`keep_memoized`]), so that a small change re-lays out only what it touched.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, LazyLock, Mutex};

/// Estimated peak memory, in MiB, that compilations may use together.
const BUDGET_MIB: u64 = 1_400;

struct Budget {
    in_use: Mutex<u64>,
    freed: Condvar,
}

static BUDGET: LazyLock<Budget> = LazyLock::new(|| Budget {
    in_use: Mutex::new(0),
    freed: Condvar::new(),
});

/// How many compilations a memoized result outlives unused (0: the build's
/// policy, see [`Permit`]'s drop).
static KEEP: AtomicUsize = AtomicUsize::new(0);

/// From now on, each finished compilation evicts only the memoized results
/// that the last `compilations` compilations did not use (comemo's
/// `evict(max_age)`), instead of the whole cache. For a process that
/// compiles the same documents again and again; a build keeps the default.
pub fn keep_memoized(compilations: usize) {
    KEEP.store(compilations, Ordering::Relaxed);
}

/// Memory a compilation of `source_bytes` of generated Typst is expected to
/// hold, in MiB (measured here: about 60 MiB per 10,000 words of handbook,
/// whose generated source is some 90 kB, over a fixed 40 MiB).
pub fn estimate_mib(source_bytes: usize) -> u64 {
    40 + source_bytes as u64 / 1_500
}

/// Held while a compilation runs.
pub struct Permit {
    weight: u64,
}

/// Waits until a compilation of `weight` MiB fits the budget (one always runs).
pub fn acquire(weight: u64) -> Permit {
    let mut in_use = BUDGET.in_use.lock().expect("no panics while locked");
    while *in_use > 0 && *in_use + weight > BUDGET_MIB {
        in_use = BUDGET.freed.wait(in_use).expect("no panics while locked");
    }
    *in_use += weight;
    Permit { weight }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut in_use = BUDGET.in_use.lock().expect("no panics while locked");
        *in_use -= self.weight;
        // Alone: drop the whole cache. Otherwise keep what the running
        // compilations touched recently. A process that asked to keep the
        // cache warm keeps the recent compilations' results in any case.
        let keep = KEEP.load(Ordering::Relaxed);
        typst::comemo::evict(if keep > 0 {
            keep
        } else if *in_use == 0 {
            0
        } else {
            2
        });
        BUDGET.freed.notify_all();
    }
}
