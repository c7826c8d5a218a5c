"""One ADMIN session: dashboard and trivial page alternately, warm-up for BENCH_WARMUP seconds (default 60), then two
rounds of 30 requests each; prints each round's median and p95, and the medians of the two rounds."""
import http.cookiejar, os, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1]
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
    sys.exit('dashboard: sign-in failed (HTTP %d)' % code)
warm_until = time.monotonic() + float(os.environ.get('BENCH_WARMUP', '60'))
while time.monotonic() < warm_until:
    call('/staff/dashboard.xhtml')
    call('/ping.xhtml')


def stats(v):
    v = sorted(v)
    return statistics.median(v), v[int(len(v) * 0.95 + 0.999) - 1]


rounds = []
for r in (1, 2):
    dash, ping = [], []
    for _ in range(30):
        code, body, ms = call('/staff/dashboard.xhtml')
        if code != 200:
            sys.exit('dashboard: HTTP %d' % code)
        dash.append(ms)
        ping.append(call('/ping.xhtml')[2])
    rounds.append((stats(dash), stats(ping)))
    print('dashboard: round %d: dashboard median %.0f ms, p95 %.0f ms; trivial page median %.0f ms, p95 %.0f ms (30 requests each)'
          % (r, *rounds[-1][0], *rounds[-1][1]))
med = lambda i, j: statistics.median(x[i][j] for x in rounds)
print('dashboard: /staff/dashboard.xhtml (ADMIN, 100,000 applications): median %.0f ms, p95 %.0f ms (medians of 2 rounds)' % (med(0, 0), med(0, 1)))
print('dashboard: /ping.xhtml (trivial page), same run, alternating:     median %.0f ms, p95 %.0f ms (medians of 2 rounds)' % (med(1, 0), med(1, 1)))
