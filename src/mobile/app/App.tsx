// The stationed cadre's phone app (issue 11): sign in once on the device, then home, leave, return, trips,
// rest-day stays, work logs, the village's task list, what waits to be sent, and my devices — with or
// without signal. Routes are the page's hash (#/leave…), so the one kept page serves them all offline.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../../shared/contracts/session';
import { ApiError, api } from './api';
import { MobileContext } from './context';
import { getSession, keptMine, loadMine, type MyData, sessionKey } from './data';
import { getLang, type Lang, LangContext, setLang, translator } from './i18n';
import { flush, needsSignIn, onQueueChange, type QueueItem, queued, signedInAgain } from './queue';
import { Devices } from './screens/Devices';
import { LogForm, RestDayForm, TripForm } from './screens/Forms';
import { Home } from './screens/Home';
import { LeaveForm, ReturnForm } from './screens/Leave';
import { Queue } from './screens/Queue';
import { SignIn } from './screens/SignIn';
import { TaskDetail, Tasks } from './screens/Tasks';
import { clearData, clearQueue, getData, putData } from './store';

// The half-year report (issue 12) is a chunk of its own: the first screen does not carry it. It is fetched
// once the app is open, so the service worker keeps it for a day without signal.
const loadReport = () => import('./screens/Report');
const ReportScreen = lazy(loadReport);

const routeOf = () => (location.hash.replace(/^#\/?/, '') || '').split('/');

export function App() {
  const [lang, setLangState] = useState<Lang>(getLang());
  const tr = useMemo(() => translator(lang), [lang]);
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [data, setData] = useState<MyData | undefined>(undefined);
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const [route, setRoute] = useState(routeOf());
  const [relogin, setRelogin] = useState(false);

  useEffect(() => {
    const onHash = () => {
      setRoute(routeOf());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const refreshQueue = useCallback(async () => {
    setQueue(await queued());
    setRelogin(needsSignIn);
  }, []);
  useEffect(() => {
    void refreshQueue();
    return onQueueChange(() => void refreshQueue());
  }, [refreshQueue]);

  const reload = useCallback(async () => {
    try {
      const s = await getSession();
      if (!s.value) {
        setSession(null);
        return;
      }
      setSession(s.value);
      setData(await loadMine(s.value));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        // Signed out on the server (revoked, expired): the kept queue waits for the next sign-in.
        const kept = await getData<SessionInfo>(sessionKey);
        setRelogin(true);
        setSession(kept?.value ?? null);
        return;
      }
      throw e;
    }
  }, []);

  // The first screen comes from the device (the kept session and data, or the sign-in form), at once; the
  // server is asked after it, so a slow network delays the figures, never the app.
  useEffect(() => {
    void (async () => {
      const kept = await getData<SessionInfo>(sessionKey).catch(() => undefined);
      if (kept?.value) {
        setSession(kept.value);
        setData(await keptMine());
      } else setSession(null);
      await reload();
      await flush();
      void loadReport().catch(() => undefined);
    })();
  }, [reload]);

  // Signal back: send what waits, then read the data again. While anything waits, retry every 30 s.
  useEffect(() => {
    const up = () => {
      setOnline(true);
      void flush().then(reload);
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [reload]);
  const waiting = queue.some((i) => i.state === 'waiting' || i.state === 'sent');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void flush(), 30_000);
    return () => clearInterval(timer);
  }, [waiting]);
  // An item just accepted changes what the server holds: read again.
  const accepted = queue.filter((i) => i.state === 'accepted').length;
  useEffect(() => {
    if (accepted > 0 && session) void reload();
  }, [accepted, session, reload]);

  const signOut = useCallback(async () => {
    try {
      await api('DELETE', '/api/session');
    } catch {
      // Without signal the device forgets the session anyway; the server ends it at its expiry or by revocation.
    }
    await clearData();
    await clearQueue();
    setSession(null);
    setData(undefined);
    location.hash = '#/';
  }, []);

  const changeLang = (l: Lang) => {
    setLang(l);
    setLangState(l);
    void reload();
  };

  const signedIn = async (s: SessionInfo) => {
    await putData(sessionKey, s);
    signedInAgain();
    setRelogin(false);
    setSession(s);
    setData(await loadMine(s));
    void flush();
  };

  let body: React.ReactNode;
  if (session === undefined) body = <p className="loading">{tr.t('正在打开…', 'Opening…')}</p>;
  else if (session === null || (relogin && online)) body = <SignIn onSignedIn={signedIn} again={relogin} />;
  else {
    const [page, arg] = route;
    body = (
      <MobileContext.Provider value={{ session, data, queue, online, reload, signOut }}>
        {page === 'leave' ? (
          <LeaveForm editId={arg} />
        ) : page === 'return' ? (
          <ReturnForm editId={arg} />
        ) : page === 'trip' ? (
          <TripForm editId={arg} />
        ) : page === 'rest' ? (
          <RestDayForm editId={arg} />
        ) : page === 'log' ? (
          <LogForm editId={arg} />
        ) : page === 'tasks' ? (
          <Tasks />
        ) : page === 'task' && arg ? (
          <TaskDetail id={arg} editId={route[2]} />
        ) : page === 'queue' ? (
          <Queue />
        ) : page === 'devices' ? (
          <Devices />
        ) : page === 'report' ? (
          <Suspense fallback={<p className="loading">{tr.t('正在打开…', 'Opening…')}</p>}>
            <ReportScreen key={arg ?? ''} {...(arg ? { period: arg } : {})} />
          </Suspense>
        ) : (
          <Home />
        )}
      </MobileContext.Provider>
    );
  }
  return (
    <LangContext.Provider value={tr}>
      <div className="app">
        <nav className="lang" aria-label={tr.t('语言', 'Language')}>
          <button type="button" aria-pressed={lang === 'zh'} onClick={() => changeLang('zh')}>
            中文
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => changeLang('en')}>
            English
          </button>
        </nav>
        {body}
      </div>
    </LangContext.Provider>
  );
}
