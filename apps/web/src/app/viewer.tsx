import { createContext, useContext, useEffect, useState } from 'react';
import { getToken, onTokenChange } from '../lib/auth';

export type Role = 'reader' | 'auditor' | 'reviewer' | 'admin';
export type Capability = 'review' | 'import' | 'admin' | 'submit';

export interface Viewer {
  signedIn: boolean;
  name: string | null;
  role: Role | null;
  can: (what: Capability) => boolean;
}

const anonymous: Viewer = { signedIn: false, name: null, role: null, can: () => false };
const ViewerContext = createContext<Viewer>(anonymous);

export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [token, setTok] = useState(getToken());
  useEffect(() => onTokenChange(setTok), []);
  return <ViewerContext.Provider value={token ? anonymous : anonymous}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
