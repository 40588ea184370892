"""Independent reference computation for the fixture organisation (organisation.json).

Written from SPEC §6.1–6.4 and from NetworkX's own source, sharing no code with
Rapport's TypeScript. NetworkX cannot be installed where the tests run, so its
definitions are transliterated below as literally as possible:
  - constraint / local_constraint / effective_size / mutual_weight /
    normalized_mutual_weight: networkx/algorithms/structuralholes.py, on an
    undirected graph stored as a dict of dicts (G[u][v] = {'weight': S});
  - pagerank: the pure-Python power iteration of networkx.pagerank (1.x/2.x),
    alpha = 0.85, max_iter = 100, tol = 1e-6, dangling mass spread uniformly;
  - betweenness: NOT Brandes — every pair's shortest paths are counted directly
    (sigma_st(v) = sigma_sv * sigma_vt when d(s,v) + d(v,t) = d(s,t)), normalised by
    (n-1)(n-2)/2 unordered pairs as NetworkX does for undirected graphs;
  - clustering: networkx.clustering unweighted, 2T / (k(k-1));
  - percentiles: numpy.percentile (linear); percentile rank: scipy's kind="weak".
Run: python3 reference.py  → prints the expected values pasted into the test.
"""
import json, math, os
from collections import defaultdict
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
doc = json.load(open(os.path.join(HERE, 'organisation.json')))
people = {p['key']: p for p in doc['people']}
keys = [p['key'] for p in doc['people']]

def ms(iso):
    from datetime import datetime
    return datetime.fromisoformat(iso.replace('Z', '+00:00')).timestamp() * 1000

T = ms(doc['asOf'])
DAY = 86400000
CHANNEL = {'in_person': 1.0, 'video': 0.8, 'call': 0.7, 'chat': 0.3, 'email': 0.2}

# §6.1 contributions: pair -> list of (weight, t, initiator)
contrib = defaultdict(list)
for x in doc['interactions']:
    parts = list(dict.fromkeys(x['participants']))
    n = len(parts)
    if n < 2 or n > 18:
        continue
    depth = 1.0 if 'durationMinutes' not in x else min(2.0, max(0.5, x['durationMinutes'] / 30))
    place = 1.25 if x['channel'] == 'in_person' and x.get('location') == 'their_office' else 1.0
    w = CHANNEL[x['channel']] * depth * place / (n - 1)
    for a, b in combinations(parts, 2):
        contrib[frozenset((a, b))].append((w, ms(x['occurredAt']), x['initiator']))

# §6.2 strength
def strength(a, b):
    cs = [c for c in contrib.get(frozenset((a, b)), []) if c[1] <= T]
    I = sum(w * 2 ** (-(T - t) / (90 * DAY)) for w, t, _ in cs)
    na = sum(1 for c in cs if c[2] == a)
    nb = sum(1 for c in cs if c[2] == b)
    R = 0 if na + nb == 0 else 1 - abs(na - nb) / (na + nb)
    S = 100 * (1 - math.exp(-I / 3)) * (0.7 + 0.3 * R)
    return round(S + 1e-12, 1), R, I

S = {}
R = {}
for pair in contrib:
    a, b = sorted(pair)
    s, r, _ = strength(a, b)
    S[frozenset(pair)] = s
    R[frozenset(pair)] = r
active = {pair: s for pair, s in S.items() if s >= 10}

# graph as dict of dicts, like networkx.Graph
G = {k: {} for k in keys}
for pair, s in active.items():
    a, b = tuple(pair)
    G[a][b] = {'weight': s}
    G[b][a] = {'weight': s}

# --- networkx/algorithms/structuralholes.py, transliterated -------------------
def mutual_weight(G, u, v, weight=None):
    a_uv = G[u][v].get(weight, 1) if v in G[u] else 0
    a_vu = G[v][u].get(weight, 1) if u in G[v] else 0
    return a_uv + a_vu

def normalized_mutual_weight(G, u, v, norm=sum, weight=None):
    scale = norm([mutual_weight(G, u, w, weight) for w in set(G[u])])
    return 0 if scale == 0 else mutual_weight(G, u, v, weight) / scale

def local_constraint(G, u, v, weight=None):
    nmw = normalized_mutual_weight
    direct = nmw(G, u, v, weight=weight)
    indirect = sum(nmw(G, u, w, weight=weight) * nmw(G, w, v, weight=weight) for w in set(G[u]))
    return (direct + indirect) ** 2

def constraint(G, weight=None):
    return {v: (float('nan') if len(G[v]) == 0 else sum(local_constraint(G, v, n, weight) for n in set(G[v]))) for v in G}

def effective_size(G, weight=None):
    def redundancy(G, u, v, weight=None):
        nmw = normalized_mutual_weight
        r = sum(nmw(G, u, w, weight=weight) * nmw(G, v, w, norm=max, weight=weight) for w in set(G[u]))
        return 1 - r
    return {v: (float('nan') if len(G[v]) == 0 else sum(redundancy(G, v, u, weight) for u in set(G[v]))) for v in G}

# --- networkx.pagerank (pure Python power iteration) -------------------------
def pagerank(G, alpha=0.85, max_iter=100, tol=1e-6, weight='weight'):
    N = len(G)
    W = {u: {v: d.get(weight, 1) / sum(dd.get(weight, 1) for dd in G[u].values()) for v, d in G[u].items()} for u in G}
    x = {n: 1.0 / N for n in G}
    p = {n: 1.0 / N for n in G}
    dangling = [n for n in G if len(G[n]) == 0]
    for _ in range(max_iter):
        xlast = x
        x = dict.fromkeys(xlast, 0)
        danglesum = alpha * sum(xlast[n] for n in dangling)
        for n in x:
            for nbr in W[n]:
                x[nbr] += alpha * xlast[n] * W[n][nbr]
            x[n] += danglesum * (1.0 / N) + (1.0 - alpha) * p[n]
        err = sum(abs(x[n] - xlast[n]) for n in x)
        if err < N * tol:
            return x
    raise RuntimeError('no convergence')

# --- betweenness by counting shortest paths pair by pair ----------------------
def bfs(s):
    dist, sigma, frontier = {s: 0}, {s: 1}, [s]
    while frontier:
        nxt = []
        for u in frontier:
            for v in G[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    sigma[v] = 0
                    nxt.append(v)
                if dist[v] == dist[u] + 1:
                    sigma[v] += sigma[u]
        frontier = nxt
    return dist, sigma

info = {s: bfs(s) for s in keys}
n = len(keys)
betweenness = {}
for v in keys:
    total = 0.0
    for s, t in combinations([k for k in keys if k != v], 2):
        ds, ss = info[s]
        if t not in ds or v not in ds:
            continue
        dv, sv = info[v]
        if ds[v] + dv[t] == ds[t]:
            total += ss[v] * sv[t] / ss[t]
    betweenness[v] = total / ((n - 1) * (n - 2) / 2)

def clustering(u):
    nb = list(G[u])
    k = len(nb)
    if k < 2:
        return 0.0
    links = sum(1 for a, b in combinations(nb, 2) if b in G[a])
    return 2 * links / (k * (k - 1))

def two_step(u):
    reach = set(G[u])
    for v in G[u]:
        reach |= set(G[v])
    reach.discard(u)
    return len(reach)

def np_percentile(values, q):
    v = sorted(values)
    pos = (len(v) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)

con = constraint(G, weight='weight')
esz = effective_size(G, weight='weight')
pr = pagerank(G)
prs = list(pr.values())
pct = {u: 100 * sum(1 for x in prs if x <= pr[u] * (1 + 1e-9)) / n for u in keys}
deg = {u: len(G[u]) for u in keys}
th = dict(degreeP90=np_percentile(list(deg.values()), 90),
          betweennessP90=np_percentile(list(betweenness.values()), 90),
          constraintP25=np_percentile([c for c in con.values() if not math.isnan(c)], 25),
          sizeP10=np_percentile(list(deg.values()), 10))
def roles(u):
    r = []
    if deg[u] > 0 and deg[u] >= th['degreeP90']: r.append('central_connector')
    if betweenness[u] > 0 and betweenness[u] >= th['betweennessP90'] and not math.isnan(con[u]) and con[u] <= th['constraintP25']: r.append('broker')
    if deg[u] <= th['sizeP10']: r.append('peripheral')
    return r

# --- §6.3 diversity ---------------------------------------------------------
DIMS = ['department', 'function', 'location', 'seniority', 'expertise']
def cats(p, d):
    if d == 'expertise': return list(dict.fromkeys(p['expertise']))
    return [str(p[d])]
K = {d: len({c for p in people.values() for c in cats(p, d)}) for d in DIMS}
def diversity(ties):  # ties: list of (key, strength)
    out = {}
    for d in DIMS:
        if K[d] < 2:
            out[d] = None; continue
        share = defaultdict(float)
        for c, s in ties:
            cs = cats(people[c], d)
            for cat in cs: share[cat] += s / len(cs)
        tot = sum(share.values())
        blau = 0 if tot == 0 else 1 - sum((x / tot) ** 2 for x in share.values())
        out[d] = blau / (1 - 1 / K[d])
    vals = [x for x in out.values() if x is not None]
    return out, (sum(vals) / len(vals) if vals else None)

def ties_of(u):
    return [(v, G[u][v]['weight']) for v in G[u]]

result = {'K': K, 'strengths': {}, 'people': {}, 'thresholds': th, 'recommendations': {}}
for pair, s in sorted(S.items(), key=lambda kv: sorted(kv[0])):
    a, b = sorted(pair)
    result['strengths'][f'{a}-{b}'] = s
all_tags = {t for p in people.values() for t in p['expertise']}
for u in keys:
    p = people[u]
    t = ties_of(u)
    by, comp = diversity(t)
    covered = {tag for v, _ in t for tag in people[v]['expertise']}
    result['people'][u] = dict(
        size=len(t),
        strongTies=sum(1 for _, s in t if s >= 60),
        supportSystem=sum(1 for v, s in t if s >= 80 and R[frozenset((u, v))] >= 0.5),
        crossDepartmentTies=sum(1 for v, _ in t if people[v]['department'] != p['department']),
        crossFunctionTies=sum(1 for v, _ in t if people[v]['function'] != p['function']),
        diversity=by, composite=comp,
        expertiseCoverage=len(covered) / len(all_tags),
        constraint=None if math.isnan(con[u]) else con[u],
        effectiveSize=None if math.isnan(esz[u]) else esz[u],
        betweenness=betweenness[u], pageRank=pr[u], pageRankPercentile=pct[u],
        twoStepReach=two_step(u), clustering=clustering(u), roles=roles(u))

# --- §6.4 recommendations ----------------------------------------------------
for a in keys:
    _, before = diversity(ties_of(a))
    before = before or 0
    recs = []
    for c in keys:
        if c == a or c in G[a] or pct[c] < 75: continue
        _, after = diversity(ties_of(a) + [(c, 30)])
        gain = (after or 0) - before
        mutual = [(min(G[a][m]['weight'], G[m][c]['weight']), G[a][m]['weight'] + G[m][c]['weight'], m) for m in G[a] if c in G[m]]
        best = max(mutual, key=lambda x: (x[0], x[1], [-ord(ch) for ch in people[x[2]]['personId']])) if mutual else None
        intro = best[0] / 100 if best else 0.3
        recs.append(dict(candidate=c, score=pct[c] / 100 * (1 + gain) * intro, gain=gain, introFactor=intro,
                         introducer=best[2] if best else None))
    recs.sort(key=lambda r: -r['score'])
    result['recommendations'][a] = recs

print(json.dumps(result, indent=1, default=str))
