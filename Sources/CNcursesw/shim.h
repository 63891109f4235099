#ifndef SUMMIT_CNCURSESW_SHIM_H
#define SUMMIT_CNCURSESW_SHIM_H
// SwiftPM drops the -D flags pkg-config reports, so wide-character ncurses is requested here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// C macros Swift cannot import, exported as functions so no bit values are hard-coded in Swift.
static inline attr_t summit_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t summit_A_BOLD(void) { return A_BOLD; }
static inline attr_t summit_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t summit_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t summit_A_DIM(void) { return A_DIM; }
static inline attr_t summit_A_STANDOUT(void) { return A_STANDOUT; }
static inline int summit_KEY_F(int n) { return KEY_F(n); }
static inline WINDOW *summit_stdscr(void) { return stdscr; }
static inline int summit_lines(void) { return LINES; }
static inline int summit_cols(void) { return COLS; }
static inline WINDOW *summit_curscr(void) { return curscr; }
static inline int summit_color_pairs(void) { return COLOR_PAIRS; }
static inline int summit_colors(void) { return COLORS; }
static inline mmask_t summit_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t summit_REPORT_MOUSE_POSITION(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t summit_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t summit_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t summit_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t summit_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t summit_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t summit_BUTTON5_PRESSED(void) { return 0; }
#endif

// A string capability of the current terminal, or NULL when absent (tigetstr returns (char *)-1 for
// "not a string capability", which Swift cannot compare against).
static inline const char *summit_string_capability(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}
// Frees the terminal loaded by setupterm for the start-up check, before newterm loads its own.
static inline void summit_release_terminal(void) { if (cur_term != NULL) del_curterm(cur_term); }
static inline mmask_t summit_BUTTON1_DOUBLE_CLICKED(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline attr_t summit_A_ITALIC(void) { return A_ITALIC; }
// SIGRTMIN and SIGRTMAX are glibc function-like macros (glibc keeps the lowest real-time signals).
static inline int summit_SIGRTMIN(void) { return SIGRTMIN; }
static inline int summit_SIGRTMAX(void) { return SIGRTMAX; }

// Escape bytes for painting a grapheme cluster ncurses cannot hold in one cell (a flag, a ZWJ sequence, many
// combining marks): summit writes those itself after doupdate. These collect what tputs/vid_puts would send,
// into `out` (at most `cap` bytes); they return the count, or -1 when the terminal lacks the capability.
struct summit_capture { char *buffer; int count, cap; };
static inline struct summit_capture *summit_capture_state(void) { static struct summit_capture state; return &state; }
static inline int summit_capture_putc(int c) {
    struct summit_capture *s = summit_capture_state();
    if (s->count < s->cap) s->buffer[s->count++] = (char)c;
    return c;
}
static inline void summit_capture_into(char *out, int cap) {
    struct summit_capture *s = summit_capture_state();
    s->buffer = out; s->count = 0; s->cap = cap;
}
static inline int summit_cursor_bytes(int y, int x, char *out, int cap) {
    if (cursor_address == NULL || cursor_address == (char *)-1) return -1;
    summit_capture_into(out, cap);
    tputs(tiparm(cursor_address, y, x), 1, summit_capture_putc);
    return summit_capture_state()->count;
}
static inline int summit_attribute_bytes(attr_t attributes, short pair, char *out, int cap) {
    summit_capture_into(out, cap);
    vid_puts(attributes, pair, NULL, summit_capture_putc);
    return summit_capture_state()->count;
}
#endif
