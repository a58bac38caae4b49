;; The parser's hot loop in WebAssembly: scans the text of a JSON array of non-negative
;; integers into u32 numbers, with the same states and error codes as NumberScanner in
;; numbers.ts (which documents them). V8's compact output is read 64 bytes at a time
;; (SIMD masks); the rest one number at a time (SWAR), or one byte at a time.
;;
;; Rebuild the bytes after editing: `deno task build:wasm` (writes scan_wasm.ts).
;;
;; Memory is owned by the caller: input bytes at [pos, end), output u32s at out + 4*count.
;; State between calls lives in the exported globals.
(module
  (memory (export "memory") 1)
  (global $state (export "state") (mut i32) (i32.const 0)) ;; 0 value expected, 1 in number, 2 after value
  (global $acc (export "acc") (mut i64) (i64.const 0))
  (global $count (export "count") (mut i32) (i32.const 0))
  (global $done (export "done") (mut i32) (i32.const 0))
  (global $error (export "error") (mut i32) (i32.const 0))
  (global $any (export "any") (mut i32) (i32.const 0))

  ;; Resets the state for a new array.
  (func (export "reset")
    (global.set $state (i32.const 0))
    (global.set $acc (i64.const 0))
    (global.set $count (i32.const 0))
    (global.set $done (i32.const 0))
    (global.set $error (i32.const 0))
    (global.set $any (i32.const 0)))

  ;; Scans [pos, end) into out[count..max); returns the position where it stopped.
  ;; The common case (1-8 digits, then ',') stays inside the inner $fast loop; longer
  ;; numbers, separators, the array's end and errors take the general path.
  (func (export "scan") (param $pos i32) (param $end i32) (param $out i32) (param $max i32)
    (result i32)
    (local $b i32) (local $d i32) (local $state i32) (local $acc i64) (local $n i32)
    (local $v i64) (local $len i32) (local $raw i64) (local $n0 i32)
    (local $digits i64) (local $commas i64) (local $newlines i64) (local $starts i64)
    (local $start i32) (local $last i32) (local $vec v128)
    (local $k48 v128) (local $k10 v128) (local $k44 v128)
    (local.set $k48 (i8x16.splat (i32.const 48)))
    (local.set $k10 (i8x16.splat (i32.const 10)))
    (local.set $k44 (i8x16.splat (i32.const 44)))
    (local.set $state (global.get $state))
    (local.set $acc (global.get $acc))
    (local.set $n (global.get $count))
    ;; The fast loop does not set $any per number: it is derived from $n moving (n0 → n).
    (local.set $n0 (local.get $n))
    (block $exit
      (loop $next
        (br_if $exit (i32.ge_u (local.get $pos) (local.get $end)))
;; Fast path, branch-free per digit: numbers of 1-8 digits each followed by ',' (or V8's
        ;; row end "\n,") while a value is expected and 16 bytes are readable, in a tight inner
        ;; loop (no state checks). SWAR: find the first non-digit byte of an 8-byte load, then
        ;; convert the digits with three multiplies.
        (if (i32.eqz (local.get $state))
          (then
            ;; Block path (SIMD): 64 bytes at a time, bit j of each mask telling byte pos+j
            ;; apart: digit, ',' or '\n'. When the block holds only V8's separators ("," and
            ;; "\n,") between numbers, every number but the last that starts in it is read at
            ;; once: their starts come from the masks, so no number waits for the one before to
            ;; be measured. Anything else (another byte, a number of 9 or more digits, a full
            ;; batch, fewer than 72 bytes left) is left to the per-number loop below.
            (block $blocks
              (loop $block
                (br_if $blocks (i32.gt_u (i32.add (local.get $pos) (i32.const 72)) (local.get $end)))
                (local.set $digits (i64.const 0))
                (local.set $commas (i64.const 0))
                (local.set $newlines (i64.const 0))
                (local.set $vec (v128.load offset=0 (local.get $pos)))
                (local.set $digits (i64.or (local.get $digits) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.lt_u (i8x16.sub (local.get $vec) (local.get $k48))
                    (local.get $k10)))) (i64.const 0))))
                (local.set $commas (i64.or (local.get $commas) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k44)))) (i64.const 0))))
                (local.set $newlines (i64.or (local.get $newlines) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k10)))) (i64.const 0))))
                (local.set $vec (v128.load offset=16 (local.get $pos)))
                (local.set $digits (i64.or (local.get $digits) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.lt_u (i8x16.sub (local.get $vec) (local.get $k48))
                    (local.get $k10)))) (i64.const 16))))
                (local.set $commas (i64.or (local.get $commas) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k44)))) (i64.const 16))))
                (local.set $newlines (i64.or (local.get $newlines) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k10)))) (i64.const 16))))
                (local.set $vec (v128.load offset=32 (local.get $pos)))
                (local.set $digits (i64.or (local.get $digits) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.lt_u (i8x16.sub (local.get $vec) (local.get $k48))
                    (local.get $k10)))) (i64.const 32))))
                (local.set $commas (i64.or (local.get $commas) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k44)))) (i64.const 32))))
                (local.set $newlines (i64.or (local.get $newlines) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k10)))) (i64.const 32))))
                (local.set $vec (v128.load offset=48 (local.get $pos)))
                (local.set $digits (i64.or (local.get $digits) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.lt_u (i8x16.sub (local.get $vec) (local.get $k48))
                    (local.get $k10)))) (i64.const 48))))
                (local.set $commas (i64.or (local.get $commas) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k44)))) (i64.const 48))))
                (local.set $newlines (i64.or (local.get $newlines) (i64.shl (i64.extend_i32_u
                  (i8x16.bitmask (i8x16.eq (local.get $vec) (local.get $k10)))) (i64.const 48))))
                (br_if $blocks (i64.ne (i64.const -1)
                  (i64.or (local.get $digits) (i64.or (local.get $commas) (local.get $newlines)))))
                ;; A ',' only after a digit or '\n', a '\n' only after a digit, a digit never
                ;; after '\n' (with the first byte a digit, these leave exactly "," or "\n,"
                ;; between numbers).
                (br_if $blocks (i64.ne (i64.const 0)
                  (i64.or
                    (i64.and (local.get $commas)
                      (i64.xor (i64.shl (i64.or (local.get $digits) (local.get $newlines))
                        (i64.const 1)) (i64.const -1)))
                    (i64.or
                      (i64.and (local.get $newlines)
                        (i64.xor (i64.shl (local.get $digits) (i64.const 1)) (i64.const -1)))
                      (i64.and (local.get $digits) (i64.shl (local.get $newlines) (i64.const 1)))))))
                (local.set $starts (i64.and (local.get $digits)
                  (i64.xor (i64.shl (local.get $digits) (i64.const 1)) (i64.const -1))))
                ;; The last number may run past the block: the next block starts there.
                (local.set $last (i32.sub (i32.const 63) (i32.wrap_i64 (i64.clz (local.get $starts)))))
                (local.set $starts (i64.xor (local.get $starts)
                  (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $last)))))
                (br_if $blocks (i64.eqz (local.get $starts)))
                (br_if $blocks (i32.gt_u
                  (i32.add (local.get $n) (i32.wrap_i64 (i64.popcnt (local.get $starts))))
                  (local.get $max)))
                (loop $each
                  (local.set $start (i32.wrap_i64 (i64.ctz (local.get $starts))))
                  (local.set $len (i32.wrap_i64 (i64.ctz (i64.shr_u
                    (i64.xor (local.get $digits) (i64.const -1))
                    (i64.extend_i32_u (local.get $start))))))
                  (if (i32.gt_u (local.get $len) (i32.const 8))
                    (then
                      (local.set $pos (i32.add (local.get $pos) (local.get $start)))
                      (br $blocks)))
                  (local.set $v
                    (i64.shl
                      (i64.and (i64.load (i32.add (local.get $pos) (local.get $start)))
                        (i64.const 0x0F0F0F0F0F0F0F0F))
                      (i64.extend_i32_u
                        (i32.shl (i32.sub (i32.const 8) (local.get $len)) (i32.const 3)))))
                  (local.set $v (i64.shr_u (i64.mul (local.get $v) (i64.const 2561)) (i64.const 8)))
                  (local.set $v
                    (i64.shr_u
                      (i64.mul (i64.and (local.get $v) (i64.const 0x00FF00FF00FF00FF))
                        (i64.const 6553601))
                      (i64.const 16)))
                  (local.set $v
                    (i64.shr_u
                      (i64.mul (i64.and (local.get $v) (i64.const 0x0000FFFF0000FFFF))
                        (i64.const 42949672960001))
                      (i64.const 32)))
                  (i32.store
                    (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2)))
                    (i32.wrap_i64 (local.get $v)))
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))
                  (local.set $starts (i64.and (local.get $starts)
                    (i64.sub (local.get $starts) (i64.const 1))))
                  (br_if $each (i64.ne (local.get $starts) (i64.const 0))))
                (local.set $pos (i32.add (local.get $pos) (local.get $last)))
                (br $block)))
            (block $slow
              (loop $fast
                (br_if $slow (i32.gt_u (i32.add (local.get $pos) (i32.const 16)) (local.get $end)))
                (local.set $raw (i64.load (local.get $pos)))
                ;; A byte is a digit iff its high nibble is 3 and adding 6 keeps it there.
                ;; No non-digit in the 8 bytes: ctz is 64, len 8.
                (local.set $len (i32.wrap_i64 (i64.shr_u (i64.ctz
                  (i64.or
                    (i64.xor (i64.and (local.get $raw) (i64.const 0xF0F0F0F0F0F0F0F0))
                      (i64.const 0x3030303030303030))
                    (i64.xor
                      (i64.and (i64.add (local.get $raw) (i64.const 0x0606060606060606))
                        (i64.const 0xF0F0F0F0F0F0F0F0))
                      (i64.const 0x3030303030303030))))
                  (i64.const 3))))
                (br_if $slow (i32.eqz (local.get $len)))
                ;; The byte after the digits. A digit there means 9 or more digits: general path.
                (local.set $b (i32.load8_u (i32.add (local.get $pos) (local.get $len))))
                (br_if $slow (i32.lt_u (i32.sub (local.get $b) (i32.const 48)) (i32.const 10)))
                (br_if $exit (i32.eq (local.get $n) (local.get $max)))
                ;; Digits to the top bytes (leading zeros below), then pairs, quads, all.
                ;; (For 8 digits the shift is 0.)
                (local.set $v
                  (i64.shl (i64.and (local.get $raw) (i64.const 0x0F0F0F0F0F0F0F0F))
                    (i64.extend_i32_u
                      (i32.shl (i32.sub (i32.const 8) (local.get $len)) (i32.const 3)))))
                (local.set $v (i64.shr_u (i64.mul (local.get $v) (i64.const 2561)) (i64.const 8)))
                (local.set $v
                  (i64.shr_u
                    (i64.mul (i64.and (local.get $v) (i64.const 0x00FF00FF00FF00FF))
                      (i64.const 6553601))
                    (i64.const 16)))
                (local.set $v
                  (i64.shr_u
                    (i64.mul (i64.and (local.get $v) (i64.const 0x0000FFFF0000FFFF))
                      (i64.const 42949672960001))
                    (i64.const 32)))
                (i32.store
                  (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2)))
                  (i32.wrap_i64 (local.get $v)))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $pos (i32.add (local.get $pos) (local.get $len)))
                ;; ',' continues the fast loop.
                (if (i32.eq (local.get $b) (i32.const 44))
                  (then
                    (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                    (br $fast)))
                ;; V8 ends each row with "\n,": take both here rather than in the general path
                ;; (once per row: every third number in "edges"). Both bytes are readable.
                (if (i32.eq (local.get $b) (i32.const 10))
                  (then
                    (if (i32.eq (i32.load8_u (i32.add (local.get $pos) (i32.const 1)))
                          (i32.const 44))
                      (then
                        (local.set $pos (i32.add (local.get $pos) (i32.const 2)))
                        (br $fast)))))
                (local.set $state (i32.const 2))
                (br $next)))
            ;; Left the fast loop: it may have consumed everything.
            (br_if $exit (i32.ge_u (local.get $pos) (local.get $end)))))
        (local.set $b (i32.load8_u (local.get $pos)))
        (local.set $d (i32.sub (local.get $b) (i32.const 48)))
        (if (i32.lt_u (local.get $d) (i32.const 10))
          (then
            (if (i32.eq (local.get $state) (i32.const 2))
              (then (global.set $error (i32.const 3)) (br $exit)))
            (if (i32.eqz (local.get $state))
              (then (local.set $acc (i64.const 0))))
            (local.set $state (i32.const 1))
            ;; Digit run: $b is a digit at $pos.
            (loop $digits
              (local.set $acc
                (i64.add (i64.mul (local.get $acc) (i64.const 10))
                  (i64.extend_i32_u (local.get $d))))
              (if (i64.gt_u (local.get $acc) (i64.const 0xffffffff))
                (then (global.set $error (i32.const 4)) (br $exit)))
              (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
              (br_if $exit (i32.ge_u (local.get $pos) (local.get $end)))
              (local.set $b (i32.load8_u (local.get $pos)))
              (local.set $d (i32.sub (local.get $b) (i32.const 48)))
              (br_if $digits (i32.lt_u (local.get $d) (i32.const 10))))
            ;; The number ends at the non-digit $b.
            (br_if $exit (i32.eq (local.get $n) (local.get $max)))
            (i32.store
              (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2)))
              (i32.wrap_i64 (local.get $acc)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (global.set $any (i32.const 1))
            (local.set $state (i32.const 2))
            (if (i32.eq (local.get $b) (i32.const 44)) ;; ',' right after the number
              (then
                (local.set $state (i32.const 0))
                (local.set $pos (i32.add (local.get $pos) (i32.const 1)))))
            (br $next)))
        ;; Not a digit: a number carried in from the previous call ends here.
        (if (i32.eq (local.get $state) (i32.const 1))
          (then
            (br_if $exit (i32.eq (local.get $n) (local.get $max)))
            (i32.store
              (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2)))
              (i32.wrap_i64 (local.get $acc)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $state (i32.const 2))
            (global.set $any (i32.const 1))))
        (if (i32.eq (local.get $b) (i32.const 44)) ;; ','
          (then
            (if (i32.ne (local.get $state) (i32.const 2))
              (then (global.set $error (i32.const 2)) (br $exit)))
            (local.set $state (i32.const 0))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (br $next)))
        (if (i32.eq (local.get $b) (i32.const 93)) ;; ']'
          (then
            (if (i32.and (i32.eqz (local.get $state))
                  (i32.or (global.get $any) (i32.ne (local.get $n) (local.get $n0))))
              (then (global.set $error (i32.const 2)) (br $exit)))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (global.set $done (i32.const 1))
            (br $exit)))
        (if (i32.or
              (i32.or (i32.eq (local.get $b) (i32.const 10)) (i32.eq (local.get $b) (i32.const 32)))
              (i32.or (i32.eq (local.get $b) (i32.const 13)) (i32.eq (local.get $b) (i32.const 9))))
          (then
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (br $next)))
        (global.set $error (i32.const 1))))
    (if (i32.ne (local.get $n) (local.get $n0)) (then (global.set $any (i32.const 1))))
    (global.set $state (local.get $state))
    (global.set $acc (local.get $acc))
    (global.set $count (local.get $n))
    (local.get $pos))
)
