"""One ADMIN session: a staff page (the dashboard unless given) and the trivial page alternately, warm-up for
BENCH_WARMUP seconds (default 60), then two rounds of 30 requests each; prints each round's median and p95, and the
medians of the two rounds. Usage: dashboard.py BASE_URL [PATH LABEL WHAT]"""
import http.cookiejar, os, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1]
path, label, what = (sys.argv[2:5] if len(sys.argv) > 4
                     else ('/staff/dashboard.xhtml', 'dashboard', 'ADMIN, 100,000 applications'))
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def call(path, data=None):
    t0 = time.perf_counter()
    try:
        r = opener.open(base + path, urllib.parse.urlencode(data).encode() if data else None)
        code, body = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        code, body = e.code, e.read().decode()
    return code, body, (time.perf_counter() - t0) * 1000


_, page, _ = call('/signin.xhtml')
vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
code, _, _ = call('/signin.xhtml', {'signin': 'signin', 'continue': '', 'signin:email': 'admin@example.jp',
                                    'signin:password': 'Banso-demo-2026', 'signin:submit': '', 'jakarta.faces.ViewState': vs})
if code != 302:
    sys.exit('%s: sign-in failed (HTTP %d)' % (label, code))
warm_until = time.monotonic() + float(os.environ.get('BENCH_WARMUP', '60'))
while time.monotonic() < warm_until:
    call(path)
    call('/ping.xhtml')


def stats(v):
    v = sorted(v)
    return statistics.median(v), v[int(len(v) * 0.95 + 0.999) - 1]


rounds = []
for r in (1, 2):
    dash, ping = [], []
    for _ in range(30):
        code, body, ms = call(path)
        if code != 200:
            sys.exit('%s: HTTP %d' % (label, code))
        dash.append(ms)
        ping.append(call('/ping.xhtml')[2])
    rounds.append((stats(dash), stats(ping)))
    print('%s: round %d: %s median %.0f ms, p95 %.0f ms; trivial page median %.0f ms, p95 %.0f ms (30 requests each)'
          % (label, r, label, *rounds[-1][0], *rounds[-1][1]))
med = lambda i, j: statistics.median(x[i][j] for x in rounds)
print('%s: %s (%s): median %.0f ms, p95 %.0f ms (medians of 2 rounds)' % (label, path, what, med(0, 0), med(0, 1)))
print('%s: /ping.xhtml (trivial page), same run, alternating:     median %.0f ms, p95 %.0f ms (medians of 2 rounds)' % (label, med(1, 0), med(1, 1)))
