import { useContext } from 'react';
import { ServicesContext, type AppServices } from '#kiosk/services/servicesContext.ts';

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesContext.Provider');
  return services;
}
