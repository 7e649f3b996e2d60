import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, enough for main.ts and preload.ts to run in Node.
 * It records what the shell asks of Electron so tests can assert the wiring.
 */

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  removeAllListeners(): void {
    this.listeners.clear();
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event: handlers veto with preventDefault(). */
export function fakeEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: Array<[string, ...unknown[]]> = [];
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  /** Recorded here, answered by electronState (set before the window exists): the print window. */
  executeJavaScript = vi.fn((code: string): Promise<unknown> => electronState.runInPage(code));
  printToPDF = vi.fn((options: unknown): Promise<Buffer> => electronState.printToPDF(options));

  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  focused = 0;
  shown = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    electronState.windows.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.shown = true;
  }

  focus(): void {
    this.focused += 1;
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response> | Response;
type PermissionHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { isMainFrame: boolean },
) => boolean;

/** A session from session.fromPartition: its own protocol handlers and permission handler. */
export class FakeSession {
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  permissionHandler: PermissionHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly protocol = {
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
      this.protocolHandlers.set(scheme, handler);
    }),
  };
  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

export const electronState = {
  lock: true,
  appPath: '/nonexistent',
  userData: '/nonexistent',
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, InvokeHandler>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, ProtocolHandler>(),
  permissionCheckHandler: null as PermissionCheckHandler | null,
  permissionHandler: null as PermissionHandler | null,
  /** The template given to Menu.buildFromTemplate for the menu last set as the application's. */
  applicationMenu: null as unknown[] | null,
  exposed: new Map<string, unknown>(),
  rendererListeners: new Map<string, Listener[]>(),
  partitions: new Map<string, FakeSession>(),
  runInPage: (_code: string): Promise<unknown> => Promise.resolve(undefined),
  printToPDF: (_options: unknown): Promise<Buffer> => Promise.resolve(Buffer.from('%PDF-1.7')),
};

class FakeApp extends FakeEmitter {
  requestSingleInstanceLock = vi.fn(() => electronState.lock);
  whenReady = vi.fn(() => Promise.resolve());
  getPath = vi.fn((name: string) => `${electronState.userData}/${name}`);
  getVersion = vi.fn(() => '9.9.9');
  getAppPath = vi.fn(() => electronState.appPath);
  quit = vi.fn();
  exit = vi.fn();
}

export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, handler: InvokeHandler) => {
      if (electronState.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electronState.ipcHandlers.set(channel, handler);
    }),
    on: vi.fn(),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => electronState.privilegedSchemes.push(...schemes)),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => electronState.protocolHandlers.set(scheme, handler)),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn((handler: PermissionHandler) => {
        electronState.permissionHandler = handler;
      }),
      setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler) => {
        electronState.permissionCheckHandler = handler;
      }),
    },
    fromPartition: vi.fn((name: string) => {
      const existing = electronState.partitions.get(name);
      if (existing) return existing;
      const created = new FakeSession();
      electronState.partitions.set(name, created);
      return created;
    }),
  },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
      electronState.applicationMenu = menu?.template ?? null;
    }),
  },
  shell: { showItemInFolder: vi.fn() },
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => electronState.exposed.set(key, value)),
  },
  ipcRenderer: {
    invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })),
    on: vi.fn((channel: string, listener: Listener) => {
      electronState.rendererListeners.set(channel, [...(electronState.rendererListeners.get(channel) ?? []), listener]);
    }),
  },
};

/** A fresh Electron for the next import of main.ts or preload.ts. */
export function resetFakeElectron(opts: { appPath: string; userData: string }): void {
  vi.clearAllMocks();
  fakeElectron.app.removeAllListeners();
  Object.assign(electronState, {
    lock: true,
    appPath: opts.appPath,
    userData: opts.userData,
    windows: [],
    ipcHandlers: new Map(),
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    permissionCheckHandler: null,
    permissionHandler: null,
    applicationMenu: null,
    exposed: new Map(),
    rendererListeners: new Map(),
    partitions: new Map(),
    runInPage: () => Promise.resolve(undefined),
    printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.7')),
  });
}
