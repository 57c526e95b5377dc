import { Alert, AlertActionCloseButton, AlertGroup, type AlertProps } from "@patternfly/react-core";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Toast = { key: number; variant: NonNullable<AlertProps["variant"]>; title: string };
type AddAlert = (variant: Toast["variant"], title: string) => void;

const AlertsContext = createContext<AddAlert>(() => {});

/** What happened after an action on the patient's page ("Link copied"), as toasts. */
export const PatientAlerts = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const remove = (key: number) => setToasts((all) => all.filter((t) => t.key !== key));
  const add = useCallback<AddAlert>((variant, title) => {
    setToasts((all) => [...all, { key: Date.now() + Math.random(), variant, title }]);
  }, []);

  return (
    <AlertsContext.Provider value={add}>
      <AlertGroup isToast isLiveRegion>
        {toasts.map(({ key, variant, title }) => (
          <Alert
            key={key}
            variant={variant}
            title={title}
            timeout
            onTimeout={() => remove(key)}
            actionClose={<AlertActionCloseButton onClose={() => remove(key)} />}
          />
        ))}
      </AlertGroup>
      {children}
    </AlertsContext.Provider>
  );
};

export const useAddAlert = () => useContext(AlertsContext);
